using System.Diagnostics;
using System.Globalization;
using NewsCorpus.Core;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Benchmarks.RealCorpus;

/// <summary>
/// `realcorpus [PATH] [--limit N] [--spellings] [--dump]`: parses every file of a real corpus as the importer does and prints what a person
/// must check — refusals and their reasons, every summit tag with its evidence, titles over the limit, empty bodies,
/// date sources, credited sources; with --dump, every file's fields first; with --spellings, the generated spellings of names this corpus uses. PATH is a folder of article
/// files or a .tar.xz; by default the shared SaudiNewsNet archive.
/// </summary>
internal static class RealCorpusBenchmark
{
    public static int Run(string[] args)
    {
        var repoRoot = RepoRoot.Find();
        var limit = Option(args, "--limit");
        var given = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--limit")).FirstOrDefault();
        var folder = CorpusLocation.Resolve(given, repoRoot, out var problem);
        if (folder is null)
        {
            Console.Error.WriteLine(problem);
            return 2;
        }
        var files = RealCorpusRun.Files(folder, limit);
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"{folder} holds no files.");
            return 2;
        }
        var catalogs = Catalogs.Load(Path.Combine(repoRoot, "data"));
        var parser = new ArticleParser(catalogs);
        var clock = Stopwatch.StartNew();
        var report = new RealCorpusReport(RealCorpusRun.Parse(files, parser, new NewsCorpusOptions().MaxFileBytes));
        if (args.Contains("--dump"))
            report.Dump(Console.Out);
        report.Print(Console.Out, folder);
        if (args.Contains("--spellings"))
            GeneratedSpellingCheck.Print(Console.Out, report.Files, catalogs);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "\nparsed in {0:0.0} s", clock.Elapsed.TotalSeconds));
        return 0;
    }

    private static int? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
