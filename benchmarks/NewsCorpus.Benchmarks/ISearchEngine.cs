namespace NewsCorpus.Benchmarks;

/// <summary>A search engine under evaluation, loaded with the judged articles.</summary>
public interface ISearchEngine : IDisposable
{
    string Name { get; }

    /// <summary>Ids of the matching articles, best first; an engine that cannot run the query returns none.</summary>
    IReadOnlyList<string> Search(JudgedQuery query);
}
