using System.Diagnostics;
using System.Globalization;
using NewsCorpus.Core;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Export;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// <c>exports [--sizes 10000,100000] [--dir DIR]</c>: export seconds per 10k rows and peak memory at growing hit counts,
/// to show that an export's time grows linearly with its hits and its memory stays flat. Each size gets a generated
/// store under <c>benchmarks/NewsCorpus.Benchmarks/generated/</c> (git-ignored; kept between runs); every article
/// matches the query, so hits = size. The old way (a search per 500-row batch, offsets clamped at 100,000, every
/// row held) is timed beside it at the sizes it can finish (<c>--old</c>).
/// </summary>
public static class ExportBenchmark
{
    private const string Word = "بوتين";
    private const int GenerationBatch = 5000;

    public static int Run(string[] args)
    {
        var sizes = Option(args, "--sizes")?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() ?? [10_000, 100_000];
        var root = Option(args, "--dir") ?? Path.Combine(RepoRootFolder(), "benchmarks", "NewsCorpus.Benchmarks", "generated");
        var old = args.Contains("--old");
        Console.WriteLine($"{"hits",9} {"way",5} {"seconds",9} {"s/10k rows",11} {"rows",9} {"distinct",9} {"peak MB",8}");
        foreach (var size in sizes)
        {
            using var corpus = Generated(Path.Combine(root, size.ToString(CultureInfo.InvariantCulture)), size);
            Measure(size, "new", () => OnePass(corpus));
            if (old)
                Measure(size, "old", () => Batched(corpus));
        }
        return 0;
    }

    private static void Measure(int size, string way, Func<(int Rows, int Distinct)> export)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var (rows, distinct) = export();
        var seconds = clock.Elapsed.TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        Console.WriteLine($"{size,9} {way,5} {seconds,9:0.00} {seconds / rows * 10_000,11:0.000} {rows,9} {distinct,9} {peak,8:0}");
    }

    /// <summary>Today's export: one pass, rows streamed to a sink as they are read.</summary>
    private static (int, int) OnePass(Corpus corpus)
    {
        using var walk = corpus.Exports.Start(new SearchRequest { Query = Word });
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rows = walk.Rows.Select(r => { ids.Add(r.Hit.Id); return ExportRow.From(r, corpus.Catalogs, "", true, false); });
        CsvExportWriter.WriteAsync(rows, false, Stream.Null, CancellationToken.None).GetAwaiter().GetResult();
        return (walk.Total, ids.Count);
    }

    /// <summary>The export before: a full search (facets included) per 500-row batch, every hit held until the end.</summary>
    private static (int, int) Batched(Corpus corpus)
    {
        var request = new SearchRequest { Query = Word, Limit = 500 };
        var first = corpus.Searcher.Search(request);
        var hits = first.Hits.ToList();
        while (hits.Count < first.Total)
        {
            var next = corpus.Searcher.Search(request with { Offset = hits.Count });
            if (next.Hits.Count == 0)
                break;
            hits.AddRange(next.Hits);
        }
        return (hits.Count, hits.Select(h => h.Id).Distinct().Count());
    }

    /// <summary>A store of <paramref name="size"/> made-up articles, each naming the query word, generated once.</summary>
    private static Corpus Generated(string dir, int size)
    {
        var corpus = new Corpus(new NewsCorpusOptions { DataDir = dir, MaxResultOffset = int.MaxValue / 2 });
        if (corpus.Store.Count() >= size)
            return corpus;
        var random = new Random(size);
        // Made articles carry no corrections, so what is written is what is indexed; one transaction a batch.
        for (var from = corpus.Store.Count(); from < size; from += GenerationBatch)
        {
            var batch = Enumerable.Range(from, Math.Min(GenerationBatch, size - from)).Select(n => Made(n, random)).ToList();
            using (var transaction = corpus.Store.BeginWrite())
            {
                foreach (var article in batch)
                    NewsCorpus.Core.Storage.ArticleStore.Write(article, transaction);
                transaction.Commit();
            }
            corpus.Index.Index(batch);
        }
        return corpus;
    }

    private static Article Made(int n, Random random)
    {
        var date = new DateOnly(2001, 1, 1).AddDays(random.Next(0, 9000));
        string[] words = ["قمة", "الرئيس", "سوريا", "أوكرانيا", "اتفاق", "موسكو", "واشنطن", "جنيف", "الأمن", "محادثات", "لافروف", "كيري"];
        var sentence = string.Join(' ', Enumerable.Range(0, 60).Select(_ => words[random.Next(words.Length)]));
        var text = $"{Word} يلتقي نظيره. {sentence}. وقال {Word} إن {sentence}.";
        var id = $"bench-{n:0000000}";
        return new Article
        {
            Id = id, FileName = id + ".txt", ContentHash = id, Encoding = "utf-8", Title = $"تقرير {n} عن لقاء {Word}",
            Date = date, DateSource = "text", Paragraphs = [text], Entities = ["putin"], OriginalText = text,
        };
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static string RepoRootFolder() => NewsCorpus.Core.RepoRoot.Find();
}
