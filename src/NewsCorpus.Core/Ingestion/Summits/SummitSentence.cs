using System.Buffers;

namespace NewsCorpus.Core.Ingestion.Summits;

/// <summary>
/// One sentence of an article as the summit classifier reads it: which presidents and sides it names, whether it
/// reports a meeting or a call, and which summits its forum, name, place or country words point at.
/// </summary>
internal sealed class SummitSentence(TextUnit unit, string normalized, IReadOnlyList<string> words, WordStems reading, StemmedWords? stems = null)
{
    public TextUnit Unit { get; } = unit;
    public string Normalized { get; } = normalized;
    public IReadOnlyList<string> Words { get; } = words;
    /// <summary>The words as the summit matchers read them, read once for all of them.</summary>
    public StemmedWords Stems => _stems ??= reading.Of(Words);
    private StemmedWords? _stems = stems;

    /// <summary>Gazetteer ids of the presidents named in the sentence.</summary>
    public HashSet<string> Presidents { get; } = new(StringComparer.Ordinal);
    public bool UsTitle { get; set; }
    public bool RussianTitle { get; set; }
    /// <summary>A phrase naming both sides at once (<c>الرئيسين الأمريكي والروسي</c>, <c>القمة الروسية الأمريكية</c>).</summary>
    public bool BothSides { get; set; }
    /// <summary>The pair without names (<c>الرئيسان</c>), which refers back to the presidents named around it.</summary>
    public bool Pair { get; set; }
    /// <summary>Who stands near a meeting word (within a few words of it), or null when the sentence has none.</summary>
    public MeetingWindow? Meeting { get; set; }
    public bool CallWord { get; set; }
    /// <summary>Summits this sentence points at by forum, summit name, place or country.</summary>
    public HashSet<string> Summits { get; } = new(StringComparer.Ordinal);
    /// <summary>Summits whose own place, name or country this sentence names (not just their forum).</summary>
    public HashSet<string> Places { get; } = new(StringComparer.Ordinal);
    /// <summary>Years written as a date or a year (<c>عام 2016</c>, <c>سبتمبر 2016</c>, <c>جنيف 2012</c>).</summary>
    public HashSet<int> Years { get; } = [];

    /// <summary>The sentence names someone of the meeting: a president, a side, the pair, or both sides.</summary>
    public bool NamesASide => Presidents.Count > 0 || UsTitle || RussianTitle || BothSides || Pair;

    /// <summary>The sentence reports a meeting (held or planned) of people named beside it, not a call or a video link.</summary>
    public bool ReportsMeeting => Meeting is { NamesASide: true } && !CallWord;

    /// <summary>The sentence reports a phone call or video link between people it names.</summary>
    public bool ReportsCall => CallWord && NamesASide;

    /// <summary>The sentences of each unit, in reading order: cut after . ! ? ؟ ؛ followed by a space, and at line ends.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="reading">How the matchers read words.</param>
    /// <param name="readings">The units as <paramref name="reading"/> already read them: each sentence's words are a slice of its unit's.</param>
    public static IReadOnlyList<SummitSentence> Split(ArticleText text, WordStems reading, UnitReadings? readings = null)
    {
        var sentences = new List<SummitSentence>();
        foreach (var unit in text.Content)
        {
            // A cut falls on spaces or a line end, never inside a word: each sentence's words are the unit's next ones
            // (the unit has its words already; reading them again for every sentence was a copy of every word).
            var next = 0;
            var normalized = unit.Normalized;
            foreach (var (start, length) in Pieces(normalized))
            {
                var count = ArticleText.WordCount(normalized.AsSpan(start, length));
                if (count == 0)
                    continue;
                var stems = readings?.Of(unit).Slice(next, count);
                sentences.Add(new SummitSentence(unit, normalized.Substring(start, length), stems?.Words ?? StemmedWords.Slice(unit.Words, next, count), reading, stems));
                next += count;
            }
        }
        return sentences;
    }

    /// <summary>What is named around a sentence's meeting words: the people of the meeting, not of the whole sentence.</summary>
    public sealed record MeetingWindow(IReadOnlySet<string> Presidents, bool UsTitle, bool RussianTitle, bool Pair)
    {
        public bool NamesASide => Presidents.Count > 0 || UsTitle || RussianTitle || Pair;
    }

    /// <summary>
    /// The text's sentences as start and length: cut at a run of white space after . ! ? ؟ ؛ (the run dropped) and at
    /// each line end — the pieces <c>Regex.Split(text, @"(?&lt;=[.!?؟؛])\s+|\n")</c> gives, empty ones included, without
    /// the engine trying the pattern at every character (tests compare the two).
    /// </summary>
    internal static List<(int Start, int Length)> Pieces(string text)
    {
        var pieces = new List<(int Start, int Length)>();
        var start = 0;
        var i = 0;
        // From one stop or line end to the next, not character by character: most of a unit is words.
        for (var next = NextStopOrLineEnd(text, 0); next >= 0; next = NextStopOrLineEnd(text, i))
        {
            var at = i + next;
            if (text[at] == '\n')
            {
                pieces.Add((start, at - start));
                start = i = at + 1;
            }
            else if (at + 1 < text.Length && char.IsWhiteSpace(text[at + 1]))
            {
                var end = at + 2;
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                    end++;
                pieces.Add((start, at + 1 - start));
                start = i = end;
            }
            else
            {
                i = at + 1;
            }
        }
        pieces.Add((start, text.Length - start));
        return pieces;
    }

    private static int NextStopOrLineEnd(string text, int from) => text.AsSpan(from).IndexOfAny(StopsAndLineEnds);

    private static readonly SearchValues<char> StopsAndLineEnds = SearchValues.Create(".!?؟؛\n");

}
