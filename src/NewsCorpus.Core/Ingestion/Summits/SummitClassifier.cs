using System.Globalization;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion.Dates;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Core.Ingestion.Summits;

/// <summary>
/// Decides which summit an article reports on by weighing all the evidence for every summit in the catalog —
/// forum, summit name, place (and the words around it), host country, participants present or out of place, written
/// dates and weekdays — never by the first keyword found. A summit is only a candidate when the article shows its two
/// presidents meeting in a year that fits (<see cref="MeetingEvidence"/>). Below the threshold, or too close to a
/// rival, it does not guess.
/// </summary>
public sealed class SummitClassifier
{
    /// <summary>The forum id of one-to-one meetings: they have no forum phrase of their own to look for.</summary>
    private const string BilateralForum = "bilateral";
    private const double MinScore = 3.0;
    private const double MinMargin = 1.0;
    private const double ForumWeight = 2.0;
    private const double OtherForumPenalty = 1.5;
    private const double NameWeight = 3.0;
    private const double ExtraPlaceMention = 0.25;
    private const double MaxExtraPlace = 0.5;
    private const double ParticipantWeight = 1.0;
    private const double OutOfPlaceLeader = 0.5;
    private const double MaxOutOfPlace = 1.0;
    private const double DateInsideWeight = 2.5;
    private const double DateElsewhere = 0.5;
    private const double YearlessInside = 1.0;
    private const double WeekdayWeight = 0.3;
    private const double CountryWeight = 1.0;
    private const double OwnDateElsewhere = 2.0;
    private readonly SummitCatalog _catalog;
    private readonly SummitMatchers _matchers;
    private readonly MeetingMatchers _meetingMatchers;
    private readonly MeetingEvidence _meeting;
    private readonly HashSet<string> _leaders;
    private readonly WordStems _reading;

    /// <param name="catalog">The summits, forums and meeting words.</param>
    /// <param name="entities">The gazetteer: who the presidents are, and the proclitics names may carry.</param>
    /// <param name="calendar">Month names, for the years sentences write.</param>
    /// <param name="spellings">The one spelling of a word, so every spelling of a name or place matches.</param>
    /// <param name="reading">
    /// How words are read, shared with other matchers over the same units (<see cref="UnitReadings"/>); by default one
    /// of its own, with the gazetteer's proclitics and <paramref name="spellings"/>. A shared one must read the same way.
    /// </param>
    public SummitClassifier(SummitCatalog catalog, EntityGazetteer entities, CalendarNames calendar, SearchLexicon? spellings = null, WordStems? reading = null)
    {
        _catalog = catalog;
        // One reading of each sentence's words serves every matcher below.
        _reading = reading ?? new WordStems(entities.AttachedPrefixes, spellings);
        _matchers = new SummitMatchers(catalog, _reading, calendar);
        _meetingMatchers = new MeetingMatchers(catalog, entities, _reading);
        _meeting = new MeetingEvidence(_meetingMatchers);
        _leaders = catalog.Summits.SelectMany(s => s.Participants).ToHashSet(StringComparer.Ordinal);
    }

    /// <param name="text">The article's text.</param>
    /// <param name="entities">The gazetteer ids it mentions.</param>
    /// <param name="clues">Its dates and weekdays.</param>
    /// <param name="readings">Its units as already read, when the reading is shared: each sentence's words are then a slice of its unit's.</param>
    public SummitFinding? Classify(ArticleText text, IReadOnlyList<string> entities, DateClues clues, UnitReadings? readings = null)
    {
        var sentences = SummitSentence.Split(text, _reading, ReferenceEquals(readings?.Reading, _reading) ? readings : null);
        foreach (var sentence in sentences)
            _meetingMatchers.Read(sentence);
        var article = new ArticleMeetings(sentences);
        // Every summit needs a sentence reporting its presidents meeting (MeetingEvidence): an article without one
        // (most news) is settled before its forums, names, places and years are looked for.
        if (article.Meetings.Count == 0)
            return null;
        var mentions = SummitMentions.Collect(sentences, _matchers, _catalog);
        var ownDate = OwnDate(text, clues);
        var ranked = _catalog.Summits
            .Select(s => (Summit: s, Evidence: new List<string>(), Meeting: _meeting.Check(s, article, ownDate)))
            .Where(x => x.Meeting.Holds)
            .Select(x => (x.Summit, x.Evidence, x.Meeting, Score: Score(x.Summit, x.Meeting, mentions, entities, clues, x.Evidence)))
            .Where(x => !double.IsNegativeInfinity(x.Score))
            .OrderByDescending(x => x.Score)
            .ToList();
        if (ranked.Count == 0)
            return null;
        var best = ranked[0];
        var margin = ranked.Count > 1 ? best.Score - ranked[1].Score : best.Score;
        if (best.Score < MinScore || margin < MinMargin)
            return null;
        // Grows with the evidence and with the lead over the runner-up, and never quite reaches certainty.
        var confidence = Math.Round(0.6 * (1 - Math.Exp(-best.Score / 6)) + 0.4 * (1 - Math.Exp(-margin / 3)), 2);
        var runnerUp = ranked.Count > 1 ? $"; next {ranked[1].Summit.Id} {F(ranked[1].Score)}" : "";
        return new SummitFinding(best.Summit.Id, confidence,
            $"{best.Meeting.Evidence}; {string.Join("; ", best.Evidence.Distinct())}; score {F(best.Score)}{runnerUp}")
        {
            LooksBack = best.Meeting.Retrospective,
        };
    }

    // Besides the two presidents meeting, a summit needs its forum, its name, its place (or a host country the
    // catalog makes unambiguous) or a date in its days: Putin and Obama meeting somewhere is not yet one summit.
    private double Score(Summit summit, MeetingCheck meeting, SummitMentions mentions, IReadOnlyList<string> entities, DateClues clues, List<string> evidence)
    {
        var country = Country(summit, mentions);
        var hasForum = summit.Forum != BilateralForum && mentions.Forums.ContainsKey(summit.Forum);
        var kinds = (hasForum ? 1 : 0)
            + (mentions.Names.ContainsKey(summit.Id) ? 1 : 0)
            + (mentions.Places.ContainsKey(summit.Id) ? 1 : 0)
            + (country is not null ? 1 : 0)
            + (meeting.Retrospective || DateInside(summit, clues) is not null || DayInside(summit, clues) is not null ? 1 : 0);
        if (kinds == 0)
            return double.NegativeInfinity;
        var score = 0.0;
        if (summit.Forum != BilateralForum)
        {
            if (mentions.Forums.TryGetValue(summit.Forum, out var forum))
            {
                score += ForumWeight * forum.Weight;
                evidence.Add($"forum \"{forum.Phrase}\"");
            }
            else if (mentions.Forums.Keys.Any(f => f != BilateralForum))
            {
                score -= OtherForumPenalty;
                evidence.Add("another forum named");
            }
        }
        if (mentions.Names.TryGetValue(summit.Id, out var name))
        {
            score += NameWeight * name.Weight;
            evidence.Add($"name \"{name.Phrase}\"");
        }
        if (mentions.Places.TryGetValue(summit.Id, out var places))
        {
            var strongest = places.MaxBy(p => p.Weight);
            score += strongest.Weight + Math.Min(MaxExtraPlace, ExtraPlaceMention * (places.Count - 1));
            evidence.Add($"place \"{strongest.Phrase}\" ×{places.Count}");
        }
        if (country is not null)
        {
            score += CountryWeight;
            evidence.Add($"country \"{country}\"");
        }
        score += Participants(summit, entities, evidence);
        if (meeting.Retrospective)
            score += DateInsideWeight; // its year is written with its place: the rest of the article is from later
        else
            score += Dates(summit, clues, evidence);
        return score;
    }

    /// <summary>
    /// A host country stands for the summit's place when the catalog makes it unambiguous: with the summit's forum
    /// named, no other summit of that forum was in that country (a G20 hosted by Japan is Osaka); or, named where
    /// the presidents are reported meeting, no other summit was held there at all (Slovenia is Ljubljana).
    /// </summary>
    private string? Country(Summit summit, SummitMentions mentions)
    {
        if (mentions.Places.ContainsKey(summit.Id) || !mentions.Countries.TryGetValue(summit.Id, out var named))
            return null;
        var hosted = _catalog.Summits.Where(s => named.Hosted.Contains(s.Id)).ToList();
        var byForum = summit.Forum != BilateralForum && mentions.Forums.ContainsKey(summit.Forum)
            && hosted.Count(s => s.Forum == summit.Forum) == 1;
        var alone = named.InMeeting && hosted.Count == 1;
        return byForum || alone ? named.Phrase : null;
    }

    /// <summary>
    /// The date the article states for itself — a published line, the dateline, the title, or the first date of its
    /// first paragraph — against which a summit's year is checked.
    /// </summary>
    private static DateOnly? OwnDate(ArticleText text, DateClues clues) => clues.Dates
        .Where(d => d.Part is TextPart.Published or TextPart.Dateline or TextPart.Title
            || (d.Part == TextPart.Paragraph && text.Units[d.Position].IndexInPart == 0))
        .OrderBy(d => d.Part == TextPart.Published ? 0 : 1)
        .ThenBy(d => d.Position)
        .Select(d => (DateOnly?)d.Date)
        .FirstOrDefault();

    private double Participants(Summit summit, IReadOnlyList<string> entities, List<string> evidence)
    {
        var present = summit.Participants.Where(entities.Contains).ToList();
        var outOfPlace = entities.Where(e => _leaders.Contains(e) && !summit.Participants.Contains(e)).ToList();
        if (present.Count > 0)
            evidence.Add($"participants {string.Join(", ", present)}");
        if (outOfPlace.Count > 0)
            evidence.Add($"not a participant: {string.Join(", ", outOfPlace)}");
        return ParticipantWeight * present.Count - Math.Min(MaxOutOfPlace, OutOfPlaceLeader * outOfPlace.Count);
    }

    private static double Dates(Summit summit, DateClues clues, List<string> evidence)
    {
        var score = 0.0;
        var inside = DateInside(summit, clues);
        if (inside is not null)
        {
            score += DateInsideWeight;
            evidence.Add($"date \"{inside.Text}\"");
        }
        else if (clues.Dates.Count > 0 && !clues.Dates.Any(d => summit.IsFollowUpDate(d.Date)))
        {
            // The article's own date (its lead, captions, published line) far from the summit says it reports
            // something else; a far date deeper in the text is more likely background.
            var ownDate = clues.Dates.FirstOrDefault(d => d.InLead || d.Part is TextPart.Caption or TextPart.Published);
            score -= ownDate is null ? DateElsewhere : OwnDateElsewhere;
            if (ownDate is not null)
                evidence.Add($"dated elsewhere \"{ownDate.Text}\"");
        }
        var yearless = DayInside(summit, clues);
        if (yearless is not null)
        {
            score += YearlessInside;
            evidence.Add($"day \"{yearless.Written.Text}\"");
        }
        var days = Enumerable.Range(0, summit.End.DayNumber - summit.Start.DayNumber + 2).Select(summit.Start.AddDays).ToList();
        foreach (var weekday in clues.Weekdays)
        {
            var fits = days.Any(weekday.Fits);
            score += fits ? WeekdayWeight : -WeekdayWeight;
            if (fits)
                evidence.Add($"\"{weekday.Text}\" fits");
        }
        return score;
    }

    // A report can be dated the day before (an eve) or up to two days after the meeting.
    private static List<DateOnly> NearDays(Summit summit) =>
        Enumerable.Range(-1, summit.End.DayNumber - summit.Start.DayNumber + 4).Select(summit.Start.AddDays).ToList();

    private static DateCandidate? DateInside(Summit summit, DateClues clues)
    {
        var near = NearDays(summit);
        return clues.Dates.FirstOrDefault(d => near.Contains(d.Date));
    }

    private static YearlessDate? DayInside(Summit summit, DateClues clues)
    {
        var near = NearDays(summit);
        return clues.Yearless.FirstOrDefault(y => near.Any(d => d.Month == y.Month && d.Day == y.Day));
    }

    private static string F(double score) => score.ToString("0.##", CultureInfo.InvariantCulture);
}
