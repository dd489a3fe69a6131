using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using NewsCorpus.Core;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Core.Import.Writer;
using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Web.Tests.Processes;

/// <summary>
/// The built site and the built CLI as two real processes on one data folder: the site holds the writer lock, a
/// command-line import is handed to it and every page shows the new articles within seconds; commands wait for one
/// another; read commands work beside the site.
/// </summary>
public sealed class SiteAndCommandLineTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-two-").FullName;
    private string DataDir => Path.Combine(_dir, "var");
    private static string Samples => Path.Combine(RepoRoot.Find(), "data", "articles");

    private ChildProcess Cli(IDictionary<string, string>? environment, params string[] args) =>
        ChildProcess.Start(BuiltApps.Cli, [.. args, "--data-dir", DataDir], environment);

    private (int Exit, string Out, string Err) CliToEnd(params string[] args)
    {
        using var cli = Cli(null, args);
        return (cli.WaitForExit(Patience), cli.Out, cli.Err);
    }

    private (ChildProcess Site, Uri Url) StartSite() => SiteProcess.Start(DataDir, Patience);

    [Fact]
    public async Task An_import_run_from_the_command_line_while_the_site_runs_is_handed_to_it_and_shown_on_every_page_within_seconds()
    {
        var (site, url) = StartSite();
        using var _ = site;
        using var http = new HttpClient { BaseAddress = url };

        var (exit, output, errors) = CliToEnd("import", Samples, "--json");

        Assert.True(exit == 0, errors);
        Assert.Contains("handing the work to it", errors, StringComparison.Ordinal);
        Assert.Equal(5, JsonDocument.Parse(output).RootElement.GetProperty("imported").GetInt32());
        await PagesAgreeWithTheStore(http, TimeSpan.FromSeconds(5));

        // Read commands open the store read-only beside the site.
        var stats = JsonDocument.Parse(CliToEnd("stats", "--json").Out).RootElement;
        Assert.Equal((5, 5, true), (stats.GetProperty("articles").GetInt32(), stats.GetProperty("indexed_documents").GetInt32(), stats.GetProperty("index_current").GetBoolean()));

        // A changed file updates its article in place, and search sees the new words.
        var changed = Path.Combine(_dir, "changed");
        Directory.CreateDirectory(changed);
        var sample = Directory.EnumerateFiles(Samples).Order(StringComparer.Ordinal).First();
        File.WriteAllText(Path.Combine(changed, Path.GetFileName(sample)), File.ReadAllText(sample) + "\nكلمةجديدةللاختبار", Encoding.UTF8);
        // Handed over as a remote site would be: the files are uploaded (here with the site's own credential).
        var update = CliToEnd("import", changed, "--json", "--server", url.ToString(), "--token", WriterLock.CurrentHolder(DataDir)!.HandOffToken!);
        Assert.True(update.Exit == 0, update.Err);
        Assert.Equal(1, JsonDocument.Parse(update.Out).RootElement.GetProperty("updated").GetInt32());
        var found = await HtmlPage.GetAsync(http, "/search?q=" + Uri.EscapeDataString("كلمةجديدةللاختبار"));
        Assert.Equal(["/articles/" + ArticleId.FromFileName(Path.GetFileName(sample))], ArticleLinks(found));
        await PagesAgreeWithTheStore(http, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Corrections_removals_and_restores_from_the_command_line_are_handed_to_the_running_site_and_shown_at_once()
    {
        var (site, url) = StartSite();
        using var _ = site;
        using var http = new HttpClient { BaseAddress = url };
        Assert.Equal(0, CliToEnd("import", Samples, "--json").Exit);
        var id = ArticleId.FromFileName(Path.GetFileName(Directory.EnumerateFiles(Samples).Order(StringComparer.Ordinal).First()));
        const string Title = "عنوان مصحح كلمةتصحيحللاختبار";
        async Task<List<string>> Found() => ArticleLinks(await HtmlPage.GetAsync(http, "/search?q=" + Uri.EscapeDataString("كلمةتصحيحللاختبار")));

        var corrected = CliToEnd("correct", id, "--title", Title, "--reason", "typo in the title", "--json");
        Assert.True(corrected.Exit == 0, corrected.Err);
        Assert.Contains("handing the work to it", corrected.Err, StringComparison.Ordinal);
        Assert.Equal(WriterKind.Site, WriterLock.CurrentHolder(DataDir)!.Kind);
        var page = await HtmlPage.GetAsync(http, "/articles/" + id);
        Assert.Equal(Title, page.QuerySelector("#article-title")!.TextContent);
        Assert.Equal(["/articles/" + id], await Found());

        var deleted = CliToEnd("delete", id, "--reason", "duplicate", "--json");
        Assert.True(deleted.Exit == 0, deleted.Err);
        Assert.Empty(await Found());
        Assert.Equal(404, (await HtmlPage.GetAsync(http, "/articles/" + id)).Status());

        var restored = CliToEnd("restore", id, "--json");
        Assert.True(restored.Exit == 0, restored.Err);
        Assert.Equal(["/articles/" + id], await Found());
        await PagesAgreeWithTheStore(http, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_search_index_deleted_under_the_running_site_is_rebuilt_from_the_store_after_the_run_it_failed_without_a_restart()
    {
        var (site, url) = StartSite();
        using var _ = site;
        using var http = new HttpClient { BaseAddress = url };
        Assert.Equal(0, CliToEnd("import", Samples, "--json").Exit);
        // As an admin forcing a rebuild by hand might: the index folder goes while the site holds its writer.
        Directory.Delete(Path.Combine(DataDir, "index"), recursive: true);

        var failed = CliToEnd("import", ArticleFiles.Write(Path.Combine(_dir, "more"), 3), "--json");

        // The run stored its files, then failed on the index commit, and says why.
        Assert.True(failed.Exit != 0, failed.Out);
        Assert.Contains("index", failed.Err, StringComparison.Ordinal);
        // The site recovers the index from the store on its own and is ready again, with every article.
        var after = await RecoveredAsync(http, site);
        Assert.Equal(8, after.Stored.Count);
        await PagesAgreeWithTheStore(http, TimeSpan.FromSeconds(5));

        // An editor's correction whose index commit fails the same way is kept in the store and reaches the index.
        Directory.Delete(Path.Combine(DataDir, "index"), recursive: true);
        var id = after.Stored.Keys.Order(StringComparer.Ordinal).First();
        var corrected = CliToEnd("correct", id, "--title", "عنوان مصحح كلمةبعدالاستعادة", "--reason", "test");
        Assert.True(corrected.Exit != 0, corrected.Out);
        Assert.Contains("The change was saved, but the search index could not take it", corrected.Err, StringComparison.Ordinal);
        await RecoveredAsync(http, site);
        var found = await HtmlPage.GetAsync(http, "/search?q=" + Uri.EscapeDataString("كلمةبعدالاستعادة"));
        Assert.Equal(["/articles/" + id], ArticleLinks(found));
    }

    /// <summary>
    /// Waits (at most 30 s) until the site says it is ready again and its index's last commit, read from outside, holds
    /// exactly what the store does. Ready comes as the recovery's commit is being written, so the first reads may still
    /// find the new index's empty first commit.
    /// </summary>
    private async Task<StoreAndIndex> RecoveredAsync(HttpClient http, ChildProcess site)
    {
        var watch = Stopwatch.StartNew();
        while ((await http.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode != System.Net.HttpStatusCode.OK)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "the site was not ready again within 30 s:\n" + site.Out);
            await Task.Delay(200);
        }
        Assert.False(site.HasExited);
        while (true)
        {
            var read = StoreAndIndex.Read(DataDir);
            if (watch.Elapsed > TimeSpan.FromSeconds(30) || read.Stored.Count == read.Indexed.Count)
            {
                read.AssertAgree();
                return read;
            }
            await Task.Delay(100);
        }
    }

    [Fact]
    public void A_second_command_waits_for_the_first_says_so_and_gives_up_only_when_told_to()
    {
        var first = ArticleFiles.Write(Path.Combine(_dir, "first"), 10);
        var second = ArticleFiles.Write(Path.Combine(_dir, "second"), 3, first: 100);
        using var holder = Cli(BuiltApps.SmallBatches(5, "store-commit:1"), "import", first);
        holder.WaitForOutput("NEWSCORPUS_TEST_PAUSED", Patience);

        // Another process (this one) cannot take the lock, and learns who holds it.
        Assert.Null(WriterLock.TryAcquire(DataDir, WriterHolder.ThisProcess(WriterKind.Library, "test")));
        Assert.Equal((holder.Id, WriterKind.CommandLine), (WriterLock.CurrentHolder(DataDir)!.ProcessId, WriterLock.CurrentHolder(DataDir)!.Kind));
        var impatient = CliToEnd("import", second, "--wait", "1");
        Assert.Equal(5, impatient.Exit); // busy: trying again later may work
        Assert.Contains($"(pid {holder.Id})", impatient.Err, StringComparison.Ordinal);
        Assert.Contains("gave up after 1 s", impatient.Err, StringComparison.Ordinal);

        using var patient = Cli(null, "import", second, "--json");
        patient.WaitForOutput("Waiting:", Patience);
        holder.Kill();
        Assert.True(patient.WaitForExit(Patience) == 0, patient.Err);

        var after = StoreAndIndex.Read(DataDir);
        after.AssertAgree();
        Assert.Equal(13, after.Stored.Count);
        using var corpus = NewsCorpus.Core.Corpus.OpenForReading(new NewsCorpusOptions { DataDir = DataDir });
        Assert.All(corpus.Runs.Recent(10), r => Assert.Equal(RunStatus.Done, r.Status));
    }

    /// <summary>Home, summit, browse and search pages list exactly what the store holds, within <paramref name="within"/>.</summary>
    private async Task PagesAgreeWithTheStore(HttpClient http, TimeSpan within)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var disagreement = await Disagreement(http);
            if (disagreement is null)
                return;
            Assert.True(watch.Elapsed < within, disagreement);
            await Task.Delay(200);
        }
    }

    private async Task<string?> Disagreement(HttpClient http)
    {
        List<Article> stored;
        using (var corpus = NewsCorpus.Core.Corpus.OpenForReading(new NewsCorpusOptions { DataDir = DataDir }))
            stored = corpus.Store.All().ToList();
        static string Link(Article a) => "/articles/" + a.Id;

        var home = await HtmlPage.GetAsync(http, "/");
        if (!stored.Select(Link).Order(StringComparer.Ordinal).SequenceEqual(ArticleLinks(home).Order(StringComparer.Ordinal)))
            return "the home page's latest articles differ from the store";
        var all = await HtmlPage.GetAsync(http, "/search?q=");
        foreach (var summit in stored.Where(a => a.SummitId is not null).GroupBy(a => a.SummitId!))
        {
            if (home.QuerySelector($".summit-card a[href='/summits/{summit.Key}']") is null)
                return $"the home page has no card for {summit.Key}";
            var page = await HtmlPage.GetAsync(http, $"/summits/{summit.Key}");
            if (!summit.Select(Link).Order(StringComparer.Ordinal).SequenceEqual(ArticleLinks(page).Order(StringComparer.Ordinal)))
                return $"the page of {summit.Key} differs from the store";
            var facet = all.QuerySelectorAll("section[aria-labelledby=facet-summit] a")
                .FirstOrDefault(a => a.GetAttribute("href")!.Contains($"summit={summit.Key}", StringComparison.Ordinal));
            if (facet?.QuerySelector(".facet-count")?.TextContent.Trim() != summit.Count().ToString(CultureInfo.InvariantCulture))
                return $"the summit facet for {summit.Key} differs from the store";
        }
        foreach (var month in stored.Where(a => a.Date is not null).GroupBy(a => (a.Date!.Value.Year, a.Date.Value.Month)))
        {
            var page = await HtmlPage.GetAsync(http, $"/browse/{month.Key.Year}/{month.Key.Month}");
            if (!month.Select(Link).Order(StringComparer.Ordinal).SequenceEqual(ArticleLinks(page).Order(StringComparer.Ordinal)))
                return $"browsing {month.Key} differs from the store";
        }
        foreach (var article in stored)
        {
            var page = await HtmlPage.GetAsync(http, "/search?q=" + Uri.EscapeDataString($"\"{article.Title}\""));
            if (!ArticleLinks(page).Contains(Link(article)))
                return $"searching the title of {article.Id} does not find it";
        }
        return null;
    }

    private static List<string> ArticleLinks(IDocument page) =>
        page.QuerySelectorAll("main .article-line-title, main .hit h3 a").Select(a => a.GetAttribute("href")!.Split('?')[0]).ToList();

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
