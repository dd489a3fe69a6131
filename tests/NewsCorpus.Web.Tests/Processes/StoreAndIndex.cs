using System.Globalization;
using Lucene.Net.Index;
using NewsCorpus.Core;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Tests.Processes;

/// <summary>
/// What a data folder holds, read from outside through a read-only corpus: every stored article and every indexed
/// document by id, with content hash, title and summit, so a test can check that store and index agree.
/// </summary>
public sealed record StoreAndIndex(IReadOnlyDictionary<string, string> Stored, IReadOnlyDictionary<string, string> Indexed, bool StoreIsCurrent, long MissingChanges)
{
    public static StoreAndIndex Read(string dataDir)
    {
        using var corpus = NewsCorpus.Core.Corpus.OpenForReading(new NewsCorpusOptions { DataDir = dataDir });
        var stored = corpus.Store.All().ToDictionary(a => a.Id, a => $"{a.ContentHash}|{a.Title}|{a.SummitId}", StringComparer.Ordinal);
        var indexed = corpus.Index.Use(searcher =>
        {
            var documents = new Dictionary<string, string>(StringComparer.Ordinal);
            var reader = searcher.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                    continue;
                var d = reader.Document(doc);
                string? Field(string name) => d.Get(name, CultureInfo.InvariantCulture);
                Assert.False(documents.ContainsKey(Field(IndexFields.Id)!), $"{Field(IndexFields.Id)} is indexed twice");
                documents[Field(IndexFields.Id)!] = $"{Field(IndexFields.ContentHash)}|{Field(IndexFields.Title)}|{Field(IndexFields.Summit)}";
            }
            return documents;
        });
        return new StoreAndIndex(stored, indexed, corpus.StoreIsCurrent, corpus.CheckIndex().MissingChanges);
    }

    /// <summary>Fails unless the index holds exactly the stored articles, each as stored.</summary>
    public void AssertAgree()
    {
        var missing = Stored.Where(s => !Indexed.TryGetValue(s.Key, out var i) || i != s.Value).Select(s => s.Key).ToList();
        var extra = Indexed.Keys.Except(Stored.Keys).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"store and index disagree: {missing.Count} stored article(s) missing or stale in the index, {extra.Count} indexed but not stored");
    }
}
