using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace NewsCorpus.Benchmarks.ParseProfile;

/// <summary>Times indexing into a fresh in-memory index, one thread, one commit: the yardstick and our documents alike.</summary>
internal static class InMemoryIndexing
{
    /// <summary>
    /// Milliseconds per item for <paramref name="add"/> (told the writer, the item and its position) over every item plus
    /// the commit, after the same over the first <paramref name="warmUp"/> items into an index of their own.
    /// </summary>
    public static double MsPerDocument<T>(IReadOnlyList<T> items, int warmUp, Analyzer analyzer, Action<IndexWriter, T, int> add)
    {
        double perDoc = 0;
        foreach (var pass in new[] { items.Take(warmUp).ToList(), items })
        {
            using var directory = new RAMDirectory();
            var clock = Stopwatch.StartNew();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.CREATE }))
            {
                for (var i = 0; i < pass.Count; i++)
                    add(writer, pass[i], i);
                writer.Commit();
            }
            perDoc = clock.Elapsed.TotalMilliseconds / pass.Count;
        }
        return perDoc;
    }
}
