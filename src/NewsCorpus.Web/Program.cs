using NewsCorpus.Web.Api;
using NewsCorpus.Web.Auth;
using NewsCorpus.Web.Corpus;
using NewsCorpus.Web.Localization;
using NewsCorpus.Web.Pages.Search;
using NewsCorpus.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data-dir"] = "NewsCorpus:DataDir" });
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

var app = builder.Build();

// First, so the 404 and 500 pages (re-executed below) speak the request's language.
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
app.MapRazorPages().WithStaticAssets();
app.MapSearchExports();
app.MapSearchFeed();
app.MapReadApi();

app.Run();

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
