namespace NewsCorpus.Core.Catalog;

/// <summary>The summits and forums from <c>data/summits.json</c> and <c>data/forums.json</c>.</summary>
public sealed class SummitCatalog
{
    private readonly Dictionary<string, Summit> _byId;
    private readonly Dictionary<string, Forum> _forums;

    public SummitCatalog(IReadOnlyList<Summit> summits, IReadOnlyList<Forum> forums)
    {
        Summits = summits.OrderBy(s => s.MeetingDate).ToList();
        Forums = forums;
        _byId = summits.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _forums = forums.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var unknown = summits.Where(s => !_forums.ContainsKey(s.Forum)).Select(s => s.Id).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"Summits with an unknown forum: {string.Join(", ", unknown)}");
    }

    /// <summary>Every summit, oldest meeting first.</summary>
    public IReadOnlyList<Summit> Summits { get; }
    public IReadOnlyList<Forum> Forums { get; }

    public Summit? Find(string id) => _byId.GetValueOrDefault(id);
    public Forum? FindForum(string id) => _forums.GetValueOrDefault(id);

    public static SummitCatalog Load(string catalogDir) => new(
        CatalogJson.Read<SummitsFile>(catalogDir, "summits.json").Summits,
        CatalogJson.Read<ForumsFile>(catalogDir, "forums.json").Forums);

    private sealed record SummitsFile(IReadOnlyList<Summit> Summits);
    private sealed record ForumsFile(IReadOnlyList<Forum> Forums);
}
