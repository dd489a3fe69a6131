using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Ingestion.Summits;

/// <summary>
/// The phrase matchers for meeting evidence, built once: presidents by every spelling in the gazetteer, each side's
/// titles, both-sides phrases, pair words, meeting and call words.
/// </summary>
internal sealed class MeetingMatchers
{
    /// <summary>How many words either side of a meeting word name its people (<c>التقى الرئيس الأمريكي باراك أوباما نظيره الروسي فلاديمير بوتين</c>).</summary>
    private const int MeetingWindowWords = 10;
    private readonly PhraseMatcher<string> _presidents;
    private readonly PhraseMatcher<bool> _usSide;
    private readonly PhraseMatcher<bool> _russianSide;
    private readonly PhraseMatcher<bool> _bothSides;
    private readonly PhraseMatcher<bool> _pair;
    private readonly PhraseMatcher<bool> _meeting;
    private readonly PhraseMatcher<bool> _call;

    public MeetingMatchers(SummitCatalog catalog, EntityGazetteer entities, WordStems reading)
    {
        var vocabulary = catalog.Meeting;
        UsPresidents = vocabulary.UsPresidents.ToHashSet(StringComparer.Ordinal);
        RussianPresidents = vocabulary.RussianPresidents.ToHashSet(StringComparer.Ordinal);
        var presidents = entities.Entities.Where(e => UsPresidents.Contains(e.Id) || RussianPresidents.Contains(e.Id));
        _presidents = new(presidents.SelectMany(e => e.AliasesAr.Concat(e.AliasesEn).Append(e.NameAr).Append(e.NameEn).Select(a => (e.Id, a))), reading);
        _usSide = Matcher(vocabulary.UsSide, reading);
        _russianSide = Matcher(vocabulary.RussianSide, reading);
        _bothSides = Matcher(vocabulary.BothSides, reading);
        _pair = Matcher(vocabulary.PairWords, reading);
        _meeting = Matcher(vocabulary.MeetingWords, reading);
        _call = Matcher(vocabulary.CallWords, reading);
        _sides = catalog.Summits.ToDictionary(s => s.Id, Sides, StringComparer.Ordinal);
    }

    public HashSet<string> UsPresidents { get; }
    public HashSet<string> RussianPresidents { get; }

    // Each catalog summit's participants by side, worked out once: an article reporting a meeting is checked against
    // every summit, several times each.
    private readonly Dictionary<string, SummitSides> _sides;

    /// <summary>The summit's American and Russian participants (the catalog may name neither).</summary>
    public SummitSides SidesOf(Summit summit) =>
        _sides.TryGetValue(summit.Id, out var sides) && ReferenceEquals(sides.Summit, summit) ? sides : Sides(summit);

    private SummitSides Sides(Summit summit) =>
        new(summit, [.. summit.Participants.Where(UsPresidents.Contains)], [.. summit.Participants.Where(RussianPresidents.Contains)]);

    /// <summary>Marks what the sentence says about sides, meetings and calls.</summary>
    public void Read(SummitSentence sentence)
    {
        var words = sentence.Stems;
        var presidents = _presidents.Find(words);
        var us = _usSide.Find(words);
        var russian = _russianSide.Find(words);
        var both = _bothSides.Find(words);
        var pair = _pair.Find(words);
        sentence.Presidents.UnionWith(presidents.Select(m => m.Key));
        sentence.UsTitle = us.Count > 0;
        sentence.RussianTitle = russian.Count > 0;
        sentence.BothSides = both.Count > 0;
        sentence.Pair = pair.Count > 0;
        sentence.CallWord = _call.Find(words).Count > 0;
        var meetings = _meeting.Find(words);
        if (meetings.Count == 0)
            return;
        bool Near<T>(PhraseMatch<T> m) => meetings.Any(w => m.Start + m.Length > w.Start - MeetingWindowWords && m.Start < w.Start + w.Length + MeetingWindowWords);
        sentence.Meeting = new SummitSentence.MeetingWindow(
            presidents.Where(Near).Select(m => m.Key).ToHashSet(StringComparer.Ordinal),
            us.Any(Near), russian.Any(Near), pair.Any(Near) || both.Any(Near));
    }

    private static PhraseMatcher<bool> Matcher(IEnumerable<string> phrases, WordStems reading) =>
        new(phrases.Select(p => (true, p)), reading);
}

/// <summary>A summit's participants on each side of the meeting.</summary>
internal sealed record SummitSides(Summit Summit, string[] Us, string[] Russian);
