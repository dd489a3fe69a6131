using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Core.Storage;

/// <summary>An article with its column values worked out, ready for a write transaction (<see cref="ArticleStore.Prepare"/>).</summary>
public sealed class PreparedArticle
{
    internal PreparedArticle(Article article, IReadOnlyList<(string Name, object? Value)> values) => (Article, Values) = (article, values);

    public Article Article { get; }

    internal IReadOnlyList<(string Name, object? Value)> Values { get; }
}
