namespace NewsCorpus.Core.Catalog;

/// <summary>The summits and forums from <c>data/summits.json</c> and <c>data/forums.json</c>.</summary>
public sealed class SummitCatalog
{
    private readonly Dictionary<string, Summit> _byId;
    private readonly Dictionary<string, Forum> _forums;

    public SummitCatalog(IReadOnlyList<Summit> summits, IReadOnlyList<Forum> forums, PlaceContext? placeContext = null,
        MeetingVocabulary? meeting = null)
    {
        Meeting = meeting ?? MeetingVocabulary.None;
        Summits = summits.OrderBy(s => s.MeetingDate).ToList();
        Forums = forums;
        PlaceContext = placeContext ?? new PlaceContext([], [], [], []);
        _byId = summits.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _forums = forums.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var unknown = summits.Where(s => !_forums.ContainsKey(s.Forum)).Select(s => s.Id).ToList();
        if (unknown.Count > 0)
            throw new CatalogException("summits.json", null, $"summits name a forum that forums.json does not list: {string.Join(", ", unknown)}");
    }

    /// <summary>Every summit, oldest meeting first.</summary>
    public IReadOnlyList<Summit> Summits { get; }
    public IReadOnlyList<Forum> Forums { get; }
    /// <summary>Words around a place name that say whether the meeting happened there or something else did.</summary>
    public PlaceContext PlaceContext { get; }
    /// <summary>What says the two presidents met: sides, meeting words, calls that are not meetings.</summary>
    public MeetingVocabulary Meeting { get; }

    public Summit? Find(string id) => _byId.GetValueOrDefault(id);
    public Forum? FindForum(string id) => _forums.GetValueOrDefault(id);

    public static SummitCatalog Load(string catalogDir)
    {
        var file = CatalogJson.Read<SummitsFile>(catalogDir, "summits.json");
        return new(file.Summits, CatalogJson.Read<ForumsFile>(catalogDir, "forums.json").Forums, file.PlaceContext, file.MeetingEvidence);
    }

    private sealed record SummitsFile(IReadOnlyList<Summit> Summits, PlaceContext? PlaceContext = null, MeetingVocabulary? MeetingEvidence = null);
    private sealed record ForumsFile(IReadOnlyList<Forum> Forums);
}

/// <summary>
/// Context words for a place mention: locative markers (<c>في</c>, <c>مدينة</c>, attached <c>ب</c>) make it the
/// scene of the meeting; other-event markers (<c>المؤتمر الدولي في جنيف</c>) make it the scene of something else,
/// unless a word after the marker says it is the leaders' own press conference.
/// </summary>
public sealed record PlaceContext(
    IReadOnlyList<string> LocativeMarkers,
    IReadOnlyList<string> LocativePrefixes,
    IReadOnlyList<string> OtherEventMarkers,
    IReadOnlyList<string> OwnEventQualifiers);
