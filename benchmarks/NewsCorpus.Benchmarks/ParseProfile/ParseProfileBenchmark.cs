using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using NewsCorpus.Core;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Benchmarks.ParseProfile;

/// <summary>
/// `parse-profile [--list FILE | --folder DIR] [--limit N] [--rounds N] [--parse-only] [--dump FILE]`: parses the
/// files in-process, one thread, after a warm-up, and prints milliseconds per article for each parser step and for the
/// whole parse, beside bare stock Lucene's milliseconds per document to index the same texts (<c>ArabicAnalyzer</c>,
/// as the scale benchmark's bare run) measured in the same run, then what analysing and indexing the parsed articles
/// costs (<see cref="AnalysisProfile"/>; not with --parse-only). With --rounds N the files are parsed N times and the
/// fastest round is printed: on a shared machine one round's figure swings by a fifth. Files are read and decoded
/// before the clock starts. With --dump, writes every parsed article as a JSON line instead (<see cref="ParsedArticleDump"/>).
/// </summary>
internal static class ParseProfileBenchmark
{
    private const int WarmUpFiles = 200;

    public static int Run(string[] args)
    {
        var repoRoot = RepoRoot.Find();
        var paths = ParseProfileInput.Paths(args, repoRoot);
        var catalogs = Catalogs.Load(Path.Combine(repoRoot, "data"));
        var parser = new ArticleParser(catalogs);
        if (ParseProfileInput.Option(args, "--dump") is { } dump)
        {
            ParsedArticleDump.Write(paths, parser, dump);
            return 0;
        }
        var files = paths.Select(ParseProfileInput.Read).Where(f => !f.Decoded.IsRefused).ToList();
        var rounds = Math.Max(1, ParseProfileInput.Option(args, "--rounds") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 1);
        var parseOnly = args.Contains("--parse-only");
        var (parse, times) = FastestRound(files, parser, rounds);
        var lucene = parseOnly ? double.NaN : TimeBareLucene(files);

        Console.WriteLine($"parse-profile: {files.Count:N0} files, one thread, after a warm-up of {Math.Min(WarmUpFiles, files.Count)}, fastest of {rounds} round(s); load average {LoadAverage()}");
        Console.WriteLine($"{"step",-14}{"ms/article",12}{"share",8}{"KB/article",12}");
        foreach (var step in Enum.GetValues<ParseStep>())
        {
            var ms = times.Milliseconds(step) / times.Articles;
            var kb = times.Bytes(step) / 1024.0 / times.Articles;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-14}{1,12:0.000}{2,7:0}%{3,12:0.0}", step, ms, 100 * ms / parse, kb));
        }
        var allKb = Enum.GetValues<ParseStep>().Sum(times.Bytes) / 1024.0 / times.Articles;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-14}{1,12:0.000}{2,8}{3,12:0.0}", "parse (all)", parse, "", allKb));
        if (parseOnly)
            return 0;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-14}{1,12:0.000}   bare stock Lucene, ArabicAnalyzer, index + commit", "lucene", lucene));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "parse alone runs at {0:0.00}x bare Lucene's docs/s (issue 12: the whole import must reach 0.65x)", lucene / parse));
        var articles = files.Select(f => parser.Parse(Path.GetFileName(f.Path), f.Hash, f.Decoded)).ToList();
        AnalysisProfile.Print(articles, catalogs, Math.Min(WarmUpFiles, articles.Count));
        return 0;
    }

    /// <summary>Milliseconds per file of the fastest of <paramref name="rounds"/> parses of every file, and its step times.</summary>
    private static (double Parse, ParseStepTimes Times) FastestRound(List<ProfiledFile> files, ArticleParser parser, int rounds)
    {
        (double Parse, ParseStepTimes? Times) best = (double.MaxValue, null);
        for (var round = 0; round < rounds; round++)
        {
            var times = new ParseStepTimes();
            var parse = Time(files, f => parser.Parse(Path.GetFileName(f.Path), f.Hash, f.Decoded, times), () => times.Reset());
            if (parse < best.Parse)
                best = (parse, times);
        }
        return (best.Parse, best.Times!);
    }

    /// <summary>Milliseconds per file of <paramref name="work"/>, after a warm-up pass over the first files.</summary>
    private static double Time(List<ProfiledFile> files, Action<ProfiledFile> work, Action afterWarmUp)
    {
        foreach (var file in files.Take(WarmUpFiles))
            work(file);
        afterWarmUp();
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
            work(file);
        return clock.Elapsed.TotalMilliseconds / files.Count;
    }

    /// <summary>Bare Lucene as <c>BareLuceneWorker</c> sets it up (title = first line, body = the rest, stored), in memory.</summary>
    private static double TimeBareLucene(List<ProfiledFile> files)
    {
        using var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        return InMemoryIndexing.MsPerDocument(files, WarmUpFiles, analyzer, (writer, file, id) =>
        {
            var text = file.RawText;
            var newline = text.IndexOf('\n', StringComparison.Ordinal);
            writer.AddDocument(new Document
            {
                new StringField("id", id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
                new TextField("title", newline < 0 ? text : text[..newline], Field.Store.YES),
                new TextField("body", newline < 0 ? "" : text[(newline + 1)..], Field.Store.YES),
            });
        });
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
