using System.Globalization;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion.Dates;

namespace NewsCorpus.Core.Ingestion.Summits;

/// <summary>
/// Decides which summit an article reports on by weighing all the evidence for every summit in the catalog —
/// forum, summit name, place (and the words around it), participants present or out of place, written dates and
/// weekdays — never by the first keyword found. Below the threshold, or too close to a rival, it does not guess.
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
    private const double OwnDateElsewhere = 2.0;
    /// <summary>Independent kinds of evidence a summit needs: a leader in a city, or a city on a date, is not enough.</summary>
    private const int MinEvidenceKinds = 2;

    private readonly SummitCatalog _catalog;
    private readonly SummitMatchers _matchers;
    private readonly HashSet<string> _leaders;

    public SummitClassifier(SummitCatalog catalog, IReadOnlyList<string> attachedPrefixes)
    {
        _catalog = catalog;
        _matchers = new SummitMatchers(catalog, attachedPrefixes);
        _leaders = catalog.Summits.SelectMany(s => s.Participants).ToHashSet(StringComparer.Ordinal);
    }

    public SummitFinding? Classify(ArticleText text, IReadOnlyList<string> entities, DateClues clues)
    {
        var mentions = SummitMentions.Collect(text, _matchers);
        var ranked = _catalog.Summits
            .Select(s => (Summit: s, Evidence: new List<string>()))
            .Select(x => (x.Summit, x.Evidence, Score: Score(x.Summit, mentions, entities, clues, x.Evidence)))
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
        return new SummitFinding(best.Summit.Id, confidence, $"{string.Join("; ", best.Evidence.Distinct())}; score {F(best.Score)}{runnerUp}");
    }

    // A summit is only a candidate when at least two independent kinds of evidence agree (its forum, its name, its
    // place, a date in its days, all its participants): Putin received in Sochi, or a Putin story dated on a G20
    // day, is other news; "the G20 summit" in a Hamburg dateline is the Hamburg summit even with no leader named.
    private double Score(Summit summit, SummitMentions mentions, IReadOnlyList<string> entities, DateClues clues, List<string> evidence)
    {
        var present = summit.Participants.Count(entities.Contains);
        var kinds = (summit.Forum != BilateralForum && mentions.Forums.ContainsKey(summit.Forum) ? 1 : 0)
            + (mentions.Names.ContainsKey(summit.Id) ? 1 : 0)
            + (mentions.Places.ContainsKey(summit.Id) ? 1 : 0)
            + (present == summit.Participants.Count ? 1 : 0)
            + (DateInside(summit, clues) is not null || DayInside(summit, clues) is not null ? 1 : 0);
        if (kinds < MinEvidenceKinds)
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
        score += Participants(summit, entities, evidence);
        score += Dates(summit, clues, evidence);
        return score;
    }

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
