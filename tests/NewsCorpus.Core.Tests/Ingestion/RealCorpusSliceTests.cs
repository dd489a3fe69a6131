using NewsCorpus.Benchmarks.RealCorpus;

namespace NewsCorpus.Core.Tests.Ingestion;

/// <summary>
/// The first files of the real SaudiNewsNet corpus, parsed as the importer does, when an unpacked copy is at hand
/// (<c>NEWSCORPUS_REAL_CORPUS</c>, or <c>corpora/saudinewsnet</c> or <c>artifacts/realcorpus/saudinewsnet</c> beside
/// or inside the repository); skipped with a message otherwise, so a fresh clone never needs it. The whole corpus is
/// the <c>realcorpus</c> benchmark's.
/// </summary>
public sealed class RealCorpusSliceTests
{
    private const int Slice = 1500;

    private static string? Folder()
    {
        var root = RepoRoot.Find();
        string?[] candidates =
        [
            Environment.GetEnvironmentVariable("NEWSCORPUS_REAL_CORPUS"),
            Path.Combine(root, "artifacts", "realcorpus", "saudinewsnet"),
            Path.Combine(root, "..", "corpora", "saudinewsnet"),
            Path.Combine(root, "..", "..", "corpora", "saudinewsnet"),
        ];
        return candidates.FirstOrDefault(c => c is not null && Directory.Exists(c));
    }

    [SkippableFact]
    public void Real_articles_import_or_are_refused_with_a_reason_and_get_no_summit_they_do_not_report()
    {
        var folder = Folder();
        Skip.If(folder is null, "The real corpus is not unpacked here (set NEWSCORPUS_REAL_CORPUS to its folder, or run the realcorpus benchmark once).");

        var report = new RealCorpusReport(RealCorpusRun.Parse(RealCorpusRun.Files(folder!, Slice), RepoCatalogs.Parser, new NewsCorpusOptions().MaxFileBytes));

        Assert.Equal(Slice, report.Files.Count);
        Assert.All(report.Refused, f => Assert.False(string.IsNullOrWhiteSpace(f.Refusal)));
        // July–August 2015 Saudi news: no US–Russian presidential meeting is reported in these files.
        Assert.True(report.SummitTags.Count == 0, string.Join("\n", report.SummitTags.Select(f => $"{f.Path}: {f.Article!.SummitId} {f.Article.SummitEvidence}")));
    }
}
