using System.Globalization;

namespace NewsCorpus.Benchmarks.Scale;

/// <summary>The scale verb's command line (see <see cref="ScaleBenchmark"/>).</summary>
internal sealed record ScaleOptions
{
    public int Articles { get; init; } = 10_000;
    public double Seconds { get; init; } = 3;
    public string RepoRoot { get; init; } = "";
    /// <summary>
    /// Corpus files, engines' stores and saved results: <c>--work</c>, else <c>NEWSCORPUS_SCALE_DIR</c>, else
    /// <c>newscorpus-scale</c> in the temporary folder — outside the checkout, since 100k files are 280 MB.
    /// </summary>
    public string Root { get; init; } = "";
    public string? RealCorpus { get; init; }
    public bool ReuseStore { get; init; }
    public bool NoWeb { get; init; }
    /// <summary>No import handed to the site (<see cref="Web.HandedOffImport"/>); also skipped with <c>--no-web</c> and <c>--reuse-store</c>.</summary>
    public bool NoHandOff { get; init; }
    /// <summary>Only the import handed to the site: the memory figure an admin's machine needs, without the hour a 1M run takes.</summary>
    public bool OnlyHandOff { get; init; }
    public bool NoBuild { get; init; }
    public bool OnlyNewsCorpus { get; init; }
    public bool Maintenance { get; init; }
    /// <summary>
    /// Imports the files a second time with the parse left out (<see cref="Workers.TitleAndBodyParser"/>): what the
    /// import costs without it, beside bare Lucene, so the report can say how much of the import the parse is.
    /// </summary>
    public bool ParserShare { get; init; }
    /// <summary>
    /// 0 (the default since session 26): NewsCorpus imports the whole corpus as one run, as <c>newscorpus import</c>
    /// does (whole folders given as folders). N: through the library's <c>Import</c> in calls of N files, as every run
    /// before session 26 did (10,000).
    /// </summary>
    public int Chunk { get; init; }
    /// <summary>Results are saved under this label (<c>results/scale-N-LABEL.json</c>); growth compares one label's sizes.</summary>
    public string Label { get; init; } = "latest";
    /// <summary>A saved label to print beside this run (before → after).</summary>
    public string? Compare { get; init; }

    public static ScaleOptions Parse(string[] args)
    {
        var repo = NewsCorpus.Core.RepoRoot.Find();
        return new ScaleOptions
        {
            Articles = int.Parse(Value(args, "--articles") ?? "10000", NumberStyles.AllowThousands, CultureInfo.InvariantCulture),
            Seconds = double.Parse(Value(args, "--seconds") ?? "3", CultureInfo.InvariantCulture),
            RepoRoot = repo,
            Root = Path.GetFullPath(Value(args, "--work") ?? WorkFolder()),
            RealCorpus = Value(args, "--real") ?? FindRealCorpus(repo),
            ReuseStore = args.Contains("--reuse-store"),
            NoWeb = args.Contains("--no-web"),
            NoHandOff = args.Contains("--no-handoff"),
            OnlyHandOff = args.Contains("--only-handoff"),
            NoBuild = args.Contains("--no-build"),
            OnlyNewsCorpus = args.Contains("--only-newscorpus"),
            Maintenance = args.Contains("--maintenance"),
            ParserShare = args.Contains("--parser-share"),
            Chunk = int.Parse(Value(args, "--chunk") ?? "0", CultureInfo.InvariantCulture),
            Label = Value(args, "--label") ?? "latest",
            Compare = Value(args, "--compare"),
        };
    }

    private static string WorkFolder() =>
        Environment.GetEnvironmentVariable("NEWSCORPUS_SCALE_DIR") is { Length: > 0 } given ? given : Path.Combine(Path.GetTempPath(), "newscorpus-scale");

    public static string? Value(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    /// <summary>
    /// The unpacked real corpus: <c>NEWSCORPUS_REAL_CORPUS</c>, else <c>corpora/saudinewsnet</c> in a folder above the
    /// checkout (or inside it), else the realcorpus verb's <c>artifacts/realcorpus/saudinewsnet</c>; null when absent.
    /// </summary>
    private static string? FindRealCorpus(string repo)
    {
        if (Environment.GetEnvironmentVariable("NEWSCORPUS_REAL_CORPUS") is { Length: > 0 } given && Directory.Exists(given))
            return given;
        for (var dir = new DirectoryInfo(repo); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpora", "saudinewsnet");
            if (Directory.Exists(candidate))
                return candidate;
        }
        var unpacked = Path.Combine(repo, "artifacts", "realcorpus", "saudinewsnet");
        return Directory.Exists(unpacked) ? unpacked : null;
    }
}
