namespace NewsCorpus.Core.Ingestion.Summits;

/// <summary>
/// What an article's sentences say about presidents and meetings as a whole, read once for all the catalog's summits
/// (<see cref="MeetingEvidence"/> checks each summit against it: these were worked out again for every summit).
/// </summary>
internal sealed class ArticleMeetings
{
    // Units are records, but each stands at its own position: one instance per unit, so identity is enough.
    private readonly Dictionary<TextUnit, HashSet<string>> _presidentsByUnit = new(ReferenceEqualityComparer.Instance);

    public ArticleMeetings(IReadOnlyList<SummitSentence> sentences)
    {
        Sentences = sentences;
        foreach (var sentence in sentences)
        {
            Presidents.UnionWith(sentence.Presidents);
            UsTitle |= sentence.UsTitle;
            RussianTitle |= sentence.RussianTitle;
            BothSides |= sentence.BothSides;
            if (sentence.ReportsMeeting)
                Meetings.Add(sentence);
        }
        LeadIsCall = sentences.FirstOrDefault(s => s.ReportsCall || s.ReportsMeeting) is { ReportsCall: true } first && first.Unit.IsLead;
    }

    public IReadOnlyList<SummitSentence> Sentences { get; }

    /// <summary>Gazetteer ids of every president the article names.</summary>
    public HashSet<string> Presidents { get; } = new(StringComparer.Ordinal);

    /// <summary>Some sentence names the American side by title (<c>الرئيس الأمريكي</c>).</summary>
    public bool UsTitle { get; }

    /// <summary>Some sentence names the Russian side by title.</summary>
    public bool RussianTitle { get; }

    /// <summary>Some sentence names both sides in one phrase.</summary>
    public bool BothSides { get; }

    /// <summary>The sentences reporting a meeting of people named beside it, in reading order.</summary>
    public List<SummitSentence> Meetings { get; } = [];

    /// <summary>The article's first sentence about the presidents, in its lead, reports a call or a video link.</summary>
    public bool LeadIsCall { get; }

    /// <summary>The presidents named anywhere in <paramref name="unit"/> (a paragraph, the title, a caption).</summary>
    public HashSet<string> PresidentsIn(TextUnit unit)
    {
        if (!_presidentsByUnit.TryGetValue(unit, out var named))
        {
            named = Sentences.Where(s => ReferenceEquals(s.Unit, unit)).SelectMany(s => s.Presidents).ToHashSet(StringComparer.Ordinal);
            _presidentsByUnit[unit] = named;
        }
        return named;
    }
}
