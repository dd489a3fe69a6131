namespace NewsCorpus.Core.Catalog;

/// <summary>
/// The words that say the two presidents met or were to meet (<c>meeting_evidence</c> in <c>data/summits.json</c>):
/// which gazetteer people are the US and the Russian presidents, how each side is named by title, phrases naming
/// both sides, words for the pair (<c>الرئيسان</c>), meeting words (<c>التقى</c>, <c>قمة</c>) and the words of a phone
/// call or video link, which is not a meeting.
/// </summary>
public sealed record MeetingVocabulary(
    IReadOnlyList<string> UsPresidents,
    IReadOnlyList<string> RussianPresidents,
    IReadOnlyList<string> UsSide,
    IReadOnlyList<string> RussianSide,
    IReadOnlyList<string> BothSides,
    IReadOnlyList<string> PairWords,
    IReadOnlyList<string> MeetingWords,
    IReadOnlyList<string> CallWords)
{
    public static readonly MeetingVocabulary None = new([], [], [], [], [], [], [], []);
}
