using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Ingestion.Summits;

/// <summary>What an article says about one summit's two presidents meeting, and about the year it is written in.</summary>
internal sealed record MeetingCheck(bool Holds, bool Retrospective, string Evidence)
{
    public static MeetingCheck No(string why) => new(false, false, why);
}

/// <summary>
/// Checks that an article shows a summit's two presidents meeting, or about to: both sides named (the participants,
/// a side's title when no other president of that side is named, or a phrase naming both), and a sentence reporting
/// a meeting — not a call or a video link — between both sides. A sentence naming the meeting's place and year
/// with a meeting word (<c>لقائه مع بوتين في سلوفينيا في يونيو 2001</c>) is a look back at that summit, whatever the
/// article's own date. Otherwise an article whose own year, or the year written beside the summit's forum or place,
/// is not the summit's year is about another event (a 2016 General Assembly, a 2012 Geneva conference).
/// </summary>
internal sealed class MeetingEvidence(MeetingMatchers matchers)
{
    public MeetingCheck Check(Summit summit, ArticleMeetings article, DateOnly? ownDate)
    {
        var named = article.Presidents;
        var participants = matchers.SidesOf(summit);
        var sides = Side(participants.Us, named, matchers.UsPresidents, article.UsTitle)
            && Side(participants.Russian, named, matchers.RussianPresidents, article.RussianTitle);
        var bothByPhrase = article.BothSides && named.All(summit.Participants.Contains);
        if (!sides && !bothByPhrase)
            return MeetingCheck.No("both sides not named");

        var meetings = article.Meetings.Where(s => s.Meeting!.Presidents.All(summit.Participants.Contains) && BothIn(participants, s, article)).ToList();
        // An article whose first word of the two presidents, in its lead, is a call or a video link is about that call:
        // only a sentence naming this summit's place and year (a look back at the meeting) still shows them meeting.
        if (article.LeadIsCall)
            meetings = meetings.Where(s => LooksBack(summit, s)).ToList();
        if (meetings.Count == 0)
            return MeetingCheck.No(article.LeadIsCall ? "a call or video link, not a meeting" : "no sentence reports them meeting");

        var lookBack = meetings.FirstOrDefault(s => LooksBack(summit, s));
        var sideEvidence = sides ? $"sides {string.Join(", ", summit.Participants.Where(named.Contains).DefaultIfEmpty("by title"))}" : "both sides by phrase";
        if (lookBack is not null)
            return new MeetingCheck(true, true, $"{sideEvidence}; looks back at the meeting \"{Cut(lookBack.Normalized)}\"");
        if (ownDate is { } date && !summit.HeldIn(date.Year))
            return MeetingCheck.No($"the article's own year {date.Year} is not the summit's");
        var yearsBeside = article.Sentences.Where(s => s.Summits.Contains(summit.Id)).SelectMany(s => s.Years).ToHashSet();
        if (yearsBeside.Count > 0 && !yearsBeside.Any(summit.HeldIn))
            return MeetingCheck.No($"written beside it: {string.Join(", ", yearsBeside.Order())}");
        return new MeetingCheck(true, false, $"{sideEvidence}; meeting \"{Cut(meetings[0].Normalized)}\"");
    }

    private static bool LooksBack(Summit summit, SummitSentence sentence) =>
        sentence.Places.Contains(summit.Id) && sentence.Years.Any(summit.HeldIn);

    /// <summary>
    /// Both sides stand beside the meeting word: the pair or a both-sides phrase, each side by name or title, or one
    /// side with the other's president named in the same paragraph (<c>… بوش … لقائه مع بوتين</c>).
    /// </summary>
    private static bool BothIn(SummitSides participants, SummitSentence sentence, ArticleMeetings article)
    {
        var meeting = sentence.Meeting!;
        if (meeting.Pair)
            return true;
        var (us, russian) = (participants.Us, participants.Russian);
        var usHere = meeting.UsTitle || us.Any(meeting.Presidents.Contains);
        var russianHere = meeting.RussianTitle || russian.Any(meeting.Presidents.Contains);
        if (usHere && russianHere)
            return true;
        var paragraph = article.PresidentsIn(sentence.Unit);
        return (usHere && russian.Any(paragraph.Contains)) || (russianHere && us.Any(paragraph.Contains));
    }

    /// <summary>
    /// The summit's president of one side is named, or the side is named by title (<c>نظيره الروسي</c>) and no
    /// other president of that side is named.
    /// </summary>
    private static bool Side(string[] own, HashSet<string> named, HashSet<string> side, bool title)
    {
        if (own.Length == 0)
            return true; // the catalog does not say who is on this side
        return own.Any(named.Contains) || (title && !named.Any(p => side.Contains(p) && !own.Contains(p)));
    }

    private static string Cut(string sentence) => sentence.Length <= 90 ? sentence : sentence[..90] + "…";
}
