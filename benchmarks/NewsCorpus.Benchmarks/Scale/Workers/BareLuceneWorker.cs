using System.Diagnostics;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace NewsCorpus.Benchmarks.Scale.Workers;

/// <summary>
/// Stock Lucene as a team would first set it up: <c>ArabicAnalyzer</c>, one document per file (title = first line,
/// body = the rest, both stored), default writer settings, one thread, one commit. Queries return the top 10 with
/// their stored text.
/// </summary>
internal static class BareLuceneWorker
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static ScaleFigures Run(IReadOnlyList<string> files, string folder, double seconds, ScalePass pass = ScalePass.Both)
    {
        var figures = new ScaleFigures();
        using var analyzer = new ArabicAnalyzer(Version);
        if (pass != ScalePass.Queries)
            Import(files, folder, analyzer, figures);
        if (pass == ScalePass.Import)
            return figures;

        using var reader = DirectoryReader.Open(FSDirectory.Open(folder));
        var searcher = new IndexSearcher(reader);
        foreach (var query in ScaleQueries.All)
        {
            QueryTiming.Measure(figures, QueryTiming.Key("lucene", query), seconds, () =>
            {
                var parser = new MultiFieldQueryParser(Version, ["title", "body"], analyzer) { DefaultOperator = Operator.AND };
                var top = searcher.Search(parser.Parse(query.LuceneQuery), 10);
                foreach (var hit in top.ScoreDocs)
                    _ = searcher.Doc(hit.Doc);
                return top.TotalHits;
            });
        }
        return figures;
    }

    private static void Import(IReadOnlyList<string> files, string folder, ArabicAnalyzer analyzer, ScaleFigures figures)
    {
        if (System.IO.Directory.Exists(folder))
            System.IO.Directory.Delete(folder, recursive: true);
        using (var directory = FSDirectory.Open(folder))
        {
            var cost = ImportCost.Now();
            var clock = Stopwatch.StartNew();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE }))
            {
                for (var i = 0; i < files.Count; i++)
                {
                    var text = File.ReadAllText(files[i]);
                    var newline = text.IndexOf('\n', StringComparison.Ordinal);
                    writer.AddDocument(new Document
                    {
                        new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                        new TextField("title", newline < 0 ? text : text[..newline], Field.Store.YES),
                        new TextField("body", newline < 0 ? "" : text[(newline + 1)..], Field.Store.YES),
                    });
                }
                writer.Commit();
            }
            var elapsed = clock.Elapsed.TotalSeconds;
            figures.Set("lucene.import.seconds", elapsed);
            figures.Set("lucene.import.docs_per_s", files.Count / elapsed);
            ImportCost.SetSince(cost, figures, "lucene", files.Count, elapsed);
            ProcessMemory.SetImportPeaks(figures, "lucene");
            figures.Set("lucene.size.bytes", ProcessMemory.Bytes(folder));
        }
    }
}
