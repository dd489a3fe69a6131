using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion.Dates;
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
    /// <summary>Host countries named, by summit, with the ids of every summit that country hosted.</summary>
    public Dictionary<string, (string Phrase, IReadOnlySet<string> Hosted, bool InMeeting)> Countries { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads the sentences once against the forum, summit-name, place and country matchers, and marks on each
    /// sentence the summits it points at and the years it writes.
    /// </summary>
    public static SummitMentions Collect(IReadOnlyList<SummitSentence> sentences, SummitMatchers matchers, SummitCatalog catalog)
    {
        var mentions = new SummitMentions();
        foreach (var sentence in sentences)
        {
            var words = sentence.Words;
            var weight = sentence.Unit.IsLead ? LeadWeight : 1.0;
            // Most sentences name no forum, summit, place or country: nothing is made for them.
            List<PhraseMatch<string>>? found = null;
            foreach (var m in matchers.Forums.Find(sentence.Stems))
            {
                Keep(mentions.Forums, m.Key, weight, m.Phrase);
                (found ??= []).Add(m);
                sentence.Summits.UnionWith(catalog.Summits.Where(s => s.Forum == m.Key).Select(s => s.Id));
            }
            foreach (var m in matchers.Names.Find(sentence.Stems))
            {
                Keep(mentions.Names, m.Key, weight, m.Phrase);
                (found ??= []).Add(m);
                Point(sentence, m.Key);
            }
            if (matchers.Places.Find(sentence.Stems) is { Count: > 0 } places)
            {
                foreach (var m in places.DistinctBy(m => (m.Key, m.Start)))
                {
                    if (!mentions.Places.TryGetValue(m.Key, out var list))
                        mentions.Places[m.Key] = list = [];
                    // A dateline names where the report was filed: the place itself is the context.
                    var context = sentence.Unit.Part == TextPart.Dateline
                        ? LocativePlace
                        : matchers.PlaceWeight(words, m, BarePlace, LocativePlace, OtherEventPlace);
                    list.Add((weight * context, m.Phrase));
                    (found ??= []).Add(m);
                    Point(sentence, m.Key);
                }
            }
            if (matchers.Countries.Find(sentence.Stems) is { Count: > 0 } countries)
            {
                foreach (var hosts in countries.GroupBy(m => m.Start))
                {
                    var hosted = hosts.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
                    foreach (var m in hosts)
                    {
                        if (!mentions.Countries.TryGetValue(m.Key, out var seen) || (!seen.InMeeting && sentence.ReportsMeeting))
                            mentions.Countries[m.Key] = (m.Phrase, hosted, sentence.ReportsMeeting);
                        Point(sentence, m.Key);
                    }
                    (found ??= []).Add(hosts.First());
                }
            }
            matchers.ReadYears(sentence, (IReadOnlyList<PhraseMatch<string>>?)found ?? []);
        }
        return mentions;
    }

    private static void Point(SummitSentence sentence, string summitId)
    {
        sentence.Summits.Add(summitId);
        sentence.Places.Add(summitId);
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

    private readonly DatePatterns _dates;

    public SummitMatchers(SummitCatalog catalog, WordStems reading, CalendarNames calendar)
    {
        _dates = new DatePatterns(calendar);
        Forums = new(catalog.Forums.SelectMany(f => f.Aliases.Append(f.NameAr).Select(a => (f.Id, a))), reading);
        Names = new(catalog.Summits.SelectMany(s => s.Aliases.Select(a => (s.Id, a))), reading);
        Places = new(catalog.Summits.SelectMany(s => s.PlaceAliases.Append(s.CityAr).Append(s.CityEn).Select(a => (s.Id, a))), reading);
        Countries = new(catalog.Summits.SelectMany(s => (s.CountryAliases ?? []).Append(s.CountryAr).Append(s.CountryEn).Select(c => (s.Id, c))), reading);
        var context = catalog.PlaceContext;
        _locative = Folded(context.LocativeMarkers);
        _locativePrefixes = Folded(context.LocativePrefixes);
        _otherEvent = Folded(context.OtherEventMarkers);
        _ownEvent = Folded(context.OwnEventQualifiers);
    }

    public PhraseMatcher<string> Forums { get; }
    public PhraseMatcher<string> Names { get; }
    public PhraseMatcher<string> Places { get; }
    /// <summary>Host countries, keyed by summit id (one country may have hosted several summits).</summary>
    public PhraseMatcher<string> Countries { get; }

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

    /// <summary>
    /// The years the sentence writes as dates or years (<c>سبتمبر 2016</c>, <c>عام 2012</c>), and a year right after a
    /// forum, summit or place name (<c>جنيف 2012</c>, <c>قمة العشرين 2016</c>).
    /// </summary>
    public void ReadYears(SummitSentence sentence, IEnumerable<PhraseMatch<string>> matches)
    {
        if (DatePatterns.MayHoldYear(sentence.Normalized))
        {
            foreach (System.Text.RegularExpressions.Match m in _dates.YearMention.Matches(sentence.Normalized))
                sentence.Years.Add(DatePatterns.Number(m.Groups["y"].Value));
        }
        foreach (var m in matches)
        {
            var next = m.Start + m.Length;
            if (next < sentence.Words.Count && sentence.Words[next] is { Length: 4 } word && word.All(char.IsAsciiDigit)
                && DatePatterns.Number(word) is >= 1990 and <= 2100 and var year)
                sentence.Years.Add(year);
        }
    }

    private static HashSet<string> Folded(IEnumerable<string> words) =>
        words.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
}
