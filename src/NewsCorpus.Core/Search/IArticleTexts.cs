namespace NewsCorpus.Core.Search;

/// <summary>
/// Where the texts the index leaves out are read from, a whole page of hits at once: the SQLite store in the
/// product (<see cref="Storage.StoredArticleTexts"/>), the articles in memory in the benchmarks.
/// </summary>
public interface IArticleTexts
{
    /// <summary>The texts of the articles among <paramref name="ids"/> that exist, by id (one query for the lot).</summary>
    IReadOnlyDictionary<string, BodyAndCaptions> Read(IReadOnlyCollection<string> ids);
}
