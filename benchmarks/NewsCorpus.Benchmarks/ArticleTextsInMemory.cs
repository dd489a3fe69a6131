using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Benchmarks;

/// <summary>The texts the index does not store, for an engine indexed straight from articles in memory (no SQLite store).</summary>
internal sealed class ArticleTextsInMemory(IEnumerable<Article> articles) : IArticleTexts
{
    private readonly Dictionary<string, BodyAndCaptions> _texts =
        articles.ToDictionary(a => a.Id, a => new BodyAndCaptions(a.Body, string.Join("\n", a.Captions)), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, BodyAndCaptions> Read(IReadOnlyCollection<string> ids) =>
        ids.Where(_texts.ContainsKey).Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => _texts[id], StringComparer.Ordinal);
}
