using System.Globalization;
using Lucene.Net.Analysis.Ar;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// Runs the judged query set through the corpus chain, Lucene's stock ArabicAnalyzer and SQLite FTS5 on the same
/// articles, and prints queries passed, recall and precision per engine and per aspect. `--failures` lists misses.
/// </summary>
internal static class JudgedBenchmark
{
    public static int Run(string[] args)
    {
        var set = JudgedSet.Load(args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)));
        var showFailures = args.Contains("--failures");
        ISearchEngine[] engines =
        [
            new LuceneEngine("NewsCorpus chain", new CorpusAnalyzer(SearchLexicon.From(set.Catalogs)), set),
            new LuceneEngine("Lucene ArabicAnalyzer", new ArabicAnalyzer(CorpusAnalyzer.Version), set),
            new Fts5Engine(set),
        ];
        var cards = engines.Select(e => Scorecard.Run(e, set.Queries)).ToList();
        foreach (var engine in engines)
            engine.Dispose();

        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine($"{set.Queries.Count} judged queries over {set.Articles.Count} articles\n");
        Console.WriteLine($"{"engine",-24} {"passed",9} {"recall",8} {"precision",10}");
        foreach (var card in cards)
            Console.WriteLine(string.Format(culture, "{0,-24} {1,4}/{2,-4} {3,8:P1} {4,10:P1}", card.Engine, card.Passed, card.Outcomes.Count, card.Recall, card.Precision));

        Console.WriteLine($"\n{"passed by aspect",-18}" + string.Concat(cards.Select(c => $" {c.Engine,24}")));
        foreach (var aspect in set.Queries.Select(q => q.Aspect).Distinct())
        {
            Console.Write($"{aspect,-18}");
            foreach (var card in cards)
            {
                var outcomes = card.Outcomes.Where(o => o.Query.Aspect == aspect).ToList();
                Console.Write($" {$"{outcomes.Count(o => o.Passed)}/{outcomes.Count}",24}");
            }
            Console.WriteLine();
        }

        if (showFailures)
        {
            foreach (var card in cards)
            {
                Console.WriteLine($"\nFailures of {card.Engine}:");
                foreach (var outcome in card.Outcomes.Where(o => !o.Passed))
                    Console.WriteLine("  " + outcome.Explain());
            }
        }
        return cards[0].Passed == cards[0].Outcomes.Count ? 0 : 1;
    }
}
