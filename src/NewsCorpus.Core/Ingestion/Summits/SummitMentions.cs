using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.Summits;

/// <summary>
/// Everything an article says that points at summits: forum phrases, summit names and place names, each weighed
/// by where it stands (title, dateline and lead count more) and, for places, by the words before it.
/// </summary>
internal sealed class SummitMentions
{
    private const double LeadWeight = 1.5;
    private const double LocativePlace = 2.0;
    private const double BarePlace = 1.0;
    private const double OtherEventPlace = 0.3;
    public Dictionary<string, (double Weight, string Phrase)> Forums { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, (double Weight, string Phrase)> Names { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<(double Weight, string Phrase)>> Places { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads the article once against the forum, summit-name and place matchers.</summary>
    public static SummitMentions Collect(ArticleText text, SummitMatchers matchers)
    {
        var mentions = new SummitMentions();
        foreach (var unit in text.Content)
        {
            var weight = unit.IsLead ? LeadWeight : 1.0;
            foreach (var m in matchers.Forums.Find(unit.Words))
                Keep(mentions.Forums, m.Key, weight, m.Phrase);
            foreach (var m in matchers.Names.Find(unit.Words))
                Keep(mentions.Names, m.Key, weight, m.Phrase);
            foreach (var m in matchers.Places.Find(unit.Words).DistinctBy(m => (m.Key, m.Start)))
            {
                if (!mentions.Places.TryGetValue(m.Key, out var list))
                    mentions.Places[m.Key] = list = [];
                // A dateline names where the report was filed: the place itself is the context.
                var context = unit.Part == TextPart.Dateline
                    ? LocativePlace
                    : matchers.PlaceWeight(unit.Words, m, BarePlace, LocativePlace, OtherEventPlace);
                list.Add((weight * context, m.Phrase));
            }
        }
        return mentions;
    }

    private static void Keep(Dictionary<string, (double Weight, string Phrase)> found, string key, double weight, string phrase)
    {
        if (!found.TryGetValue(key, out var seen) || seen.Weight < weight)
            found[key] = (weight, phrase);
    }
}

/// <summary>The phrase matchers built once from the summit catalog, and the reading of a place name's context.</summary>
internal sealed class SummitMatchers
{
    /// <summary>How many words before a place name are read for its context (<c>المؤتمر الدولي في جنيف</c>).</summary>
    private const int ContextWords = 4;
    private readonly HashSet<string> _locative;
    private readonly HashSet<string> _locativePrefixes;
    private readonly HashSet<string> _otherEvent;
    private readonly HashSet<string> _ownEvent;

    public SummitMatchers(SummitCatalog catalog, IReadOnlyList<string> attachedPrefixes)
    {
        Forums = new(catalog.Forums.SelectMany(f => f.Aliases.Append(f.NameAr).Select(a => (f.Id, a))), attachedPrefixes);
        Names = new(catalog.Summits.SelectMany(s => s.Aliases.Select(a => (s.Id, a))), attachedPrefixes);
        Places = new(catalog.Summits.SelectMany(s => s.PlaceAliases.Append(s.CityAr).Append(s.CityEn).Select(a => (s.Id, a))), attachedPrefixes);
        var context = catalog.PlaceContext;
        _locative = Folded(context.LocativeMarkers);
        _locativePrefixes = Folded(context.LocativePrefixes);
        _otherEvent = Folded(context.OtherEventMarkers);
        _ownEvent = Folded(context.OwnEventQualifiers);
    }

    public PhraseMatcher<string> Forums { get; }
    public PhraseMatcher<string> Names { get; }
    public PhraseMatcher<string> Places { get; }

    /// <summary>
    /// A place after a locative word (<c>في</c>, <c>مدينة</c>, attached <c>ب</c>) is where things happened; after a
    /// marker of another event (<c>المؤتمر الدولي في جنيف</c>) it is where something else happens.
    /// </summary>
    public double PlaceWeight(IReadOnlyList<string> words, PhraseMatch<string> match, double bare, double locative, double otherEvent)
    {
        var from = Math.Max(0, match.Start - ContextWords);
        for (var i = from; i < match.Start; i++)
        {
            if (_otherEvent.Contains(words[i]) && !(i + 1 < words.Count && _ownEvent.Contains(words[i + 1])))
                return otherEvent;
        }
        if (_locativePrefixes.Contains(match.Prefix) || words.Skip(from).Take(match.Start - from).Any(_locative.Contains))
            return locative;
        return bare;
    }

    private static HashSet<string> Folded(IEnumerable<string> words) =>
        words.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
}
