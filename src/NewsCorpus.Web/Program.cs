using NewsCorpus.Web.Api;
using NewsCorpus.Web.Auth;
using NewsCorpus.Web.Corpus;
using NewsCorpus.Web.Localization;
using NewsCorpus.Web.Operations;
using NewsCorpus.Web.Pages.Search;
using NewsCorpus.Web.Security;

// The content root is the app's own folder, so appsettings.json and wwwroot are found wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
{
    ["--data-dir"] = "NewsCorpus:DataDir",
    ["--catalog-dir"] = "NewsCorpus:CatalogDir",
});
// `dotnet run` starts in Production from the build output, where the compressed static assets are only found
// through the static web assets manifest; without it, browsers asking for gzip get empty stylesheets.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddNewsCorpus(builder.Configuration);
builder.Services.AddInterfaceLanguages();
builder.Services.AddKeysUnderDataDir();
builder.Services.AddAdminAuthentication(builder.Configuration);
builder.Services.AddRazorPages();
builder.Services.AddSearchExports(builder.Configuration);
builder.Services.AddReadApi(builder.Configuration);
builder.AddOperations();

var app = builder.Build();
if (!FriendlyStartup.CorpusOpens(app))
    return 1;

// Before anything reads the client's address or scheme.
app.UseReverseProxyHeaders();
// The first request stops the search warm-up after a start: the cores are the visitor's from then on.
app.UseSearchWarmUpStop();
// Early, so the 404 and 500 pages (re-executed below) speak the request's language.
app.UseInterfaceLanguages();
if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/Error");
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseApiProblemDetails();
app.UseSecurityHeaders();
app.UseCors();
app.UseAdminAuthentication();
app.UseRateLimiter();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets().WithUploadLimits(app.Services);
app.MapSearchExports();
app.MapSearchFeed();
app.MapReadApi();
app.MapWriterApi();
app.MapHealthEndpoints();

return FriendlyStartup.Run(app);

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
