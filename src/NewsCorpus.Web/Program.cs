using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using NewsCorpus.Web.Corpus;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data-dir"] = "NewsCorpus:DataDir" });

builder.Services.AddNewsCorpus(builder.Configuration);
builder.Services.AddRazorPages();
// Arabic text is written as itself, not as &#x...; entities (still HTML-encoded where it matters).
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/Error");
app.UseStatusCodePagesWithReExecute("/NotFound");
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

app.Run();

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
