using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Benchmarks.ParseProfile;

/// <summary>
/// What analysing a parsed article costs, field by field: the tokens the corpus chain emits for each text field of
/// <see cref="ArticleDocument"/>, its milliseconds and allocations per article, beside the stock
/// <c>ArabicAnalyzer</c> over the same text (title and body), on one thread after a warm-up.
/// </summary>
internal static class AnalysisProfile
{
    public static void Print(IReadOnlyList<Article> articles, Catalogs catalogs, int warmUp)
    {
        using var corpus = new CorpusAnalyzer(SearchLexicon.From(catalogs));
        using var stock = new ArabicAnalyzer(CorpusAnalyzer.Version);
        Console.WriteLine($"{"analysis",-14}{"ms/article",12}{"KB/article",12}{"tokens",10}");
        var fields = new (string Name, Analyzer Analyzer, string Field, Func<Article, string> Text)[]
        {
            ("title", corpus, IndexFields.Title, a => a.Title),
            ("body", corpus, IndexFields.Body, a => a.Body),
            ("captions", corpus, IndexFields.Captions, a => string.Join("\n", a.Captions)),
            ("surface", corpus, IndexFields.Surface, a => string.Join("\n", a.Title, a.Body, string.Join("\n", a.Captions))),
            ("stock", stock, "body", a => a.Title + "\n" + a.Body),
        };
        foreach (var (name, analyzer, field, text) in fields)
        {
            Consume(articles.Take(warmUp), analyzer, field, text);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var tokens = Consume(articles, analyzer, field, text);
            var ms = clock.Elapsed.TotalMilliseconds / articles.Count;
            var kb = (GC.GetAllocatedBytesForCurrentThread() - bytes) / 1024.0 / articles.Count;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-14}{1,12:0.000}{2,12:0.0}{3,10:0}",
                name, ms, kb, (double)tokens / articles.Count));
        }
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-14}{1,12:0.000}   corpus documents, in-memory index, AddDocument + one commit, each field analysed from its text",
            "index (text)", TimeIndexing(articles, corpus, asTheImporter: false, warmUp)));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-14}{1,12:0.000}   as the importer: UpdateDocument by id, fields from recorded shared steps and remembered tails",
            "index (import)", TimeIndexing(articles, corpus, asTheImporter: true, warmUp)));
    }

    /// <summary>Milliseconds per article to add <see cref="ArticleDocument"/>s to an in-memory index and commit, one thread.</summary>
    private static double TimeIndexing(IReadOnlyList<Article> articles, CorpusAnalyzer analyzer, bool asTheImporter, int warmUp)
    {
        using var recorded = new RecordedTextFields(analyzer);
        return InMemoryIndexing.MsPerDocument(articles, warmUp, analyzer, (writer, article, _) =>
        {
            if (asTheImporter)
                writer.UpdateDocument(new Lucene.Net.Index.Term(IndexFields.Id, article.Id), ArticleDocument.Build(article, null, recorded));
            else
                writer.AddDocument(ArticleDocument.Build(article));
        });
    }

    private static long Consume(IEnumerable<Article> articles, Analyzer analyzer, string field, Func<Article, string> text)
    {
        long tokens = 0;
        foreach (var article in articles)
        {
            using var stream = analyzer.GetTokenStream(field, text(article));
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                tokens++;
            stream.End();
        }
        return tokens;
    }
}
