using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsCorpus.Web.Corpus;

namespace NewsCorpus.Web.Tests.Browser;

/// <summary>
/// One real Kestrel server over the hand-made world and one headless Debian Chromium, shared by every browser
/// test (the machine is small). Without <c>/usr/bin/chromium</c> the tests skip and say why.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly KestrelWorldFactory _app = new();
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }
    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's services, to set up what a journey needs (an admin account, say).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Where screenshots go: <c>TestResults/screenshots</c> beside the test assembly, unless NEWSCORPUS_SCREENSHOTS says otherwise.</summary>
    public string ScreenshotDir { get; } = Environment.GetEnvironmentVariable("NEWSCORPUS_SCREENSHOTS")
        ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static string? SkipReason => File.Exists(ChromiumPath)
        ? null
        : $"Browser tests need Debian's Chromium at {ChromiumPath} (apt-get install -y chromium; .ci/run installs it).";

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
            return;
        BaseUrl = _app.BaseUrl.TrimEnd('/');
        await _app.Services.GetRequiredService<StartupImport>().Completed.WaitAsync(TimeSpan.FromMinutes(1));
        _app.Add([.. WorldArticles.All]);
        Directory.CreateDirectory(ScreenshotDir);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (own cookies) at desktop size unless told otherwise; CSP bypassed only for axe.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser!.NewContextAsync(options ?? new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        // Generous: two cores are shared with builds, and a first search warms the index.
        context.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return await context.NewPageAsync();
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    public void Dispose() => _app.Dispose();

    /// <summary>The world app on a real socket, which a browser needs.</summary>
    private sealed class KestrelWorldFactory : WorldAppFactory
    {
        public KestrelWorldFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

        public string BaseUrl
        {
            get
            {
                StartServer();
                return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
