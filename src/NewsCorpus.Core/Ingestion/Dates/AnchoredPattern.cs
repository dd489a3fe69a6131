using System.Text;
using System.Text.RegularExpressions;

namespace NewsCorpus.Core.Ingestion.Dates;

/// <summary>
/// A date pattern searched only around its anchor, a part every match holds — a month name, or the year a year
/// mention ends with: the same matches, in the same order, as the pattern's own search. Patterns such as
/// "الخامس من سبتمبر 2016" or "في 2016" may start at almost any Arabic letter (an ordinal day word begins with ال, في
/// is everywhere), so the regex engine tried them at nearly every letter of a text; most texts name no month, and
/// those that do name it, or a year, in few places.
/// </summary>
/// <remarks>
/// Why the answers are the same: a match contains its anchor, which begins where <paramref name="anchor"/> matches
/// (for month names, the alternation of the names' first words); between the match's start and its anchor stand at
/// most <paramref name="lettersBeforeAnchor"/> characters that are not white space (the day, "من", "شهر"), so no
/// match can start further back than that from the first anchor at or after the search's position. Each position
/// from there to the anchor is tried with the pattern anchored there, in order, as the engine itself would; past the
/// anchor, the search goes on from the next one. Lookbehinds still see the text before each position.
/// </remarks>
internal sealed class AnchoredPattern(Regex pattern, Regex anchor, int lettersBeforeAnchor)
{
    private readonly Regex _anchored = new(@"\G(?:" + pattern + ")", pattern.Options);

    // Every date pattern begins "not after a letter or number" (DatePatterns.NotAfterWord): a position inside a word
    // cannot start a match, and is skipped without asking the engine — most of an anchor's window is inside words.
    private readonly bool _startsAfterWordOnly = pattern.ToString().StartsWith(DatePatterns.NotAfterWord, StringComparison.Ordinal);

    /// <summary>The pattern as written, searched the engine's own way (tests compare the two).</summary>
    public Regex Pattern { get; } = pattern;

    /// <summary>Every match, left to right, as <see cref="Regex.Matches(string)"/> gives them.</summary>
    public List<Match> Matches(string text) => Matches(AnchorPositions.In(anchor, text));

    /// <summary>Every match in the text whose anchors <paramref name="anchors"/> holds (found with this pattern's anchor).</summary>
    public List<Match> Matches(AnchorPositions anchors)
    {
        if (!ReferenceEquals(anchors.Pattern, anchor))
            throw new ArgumentException("the anchors were found with another pattern", nameof(anchors));
        var found = new List<Match>();
        var from = 0;
        var next = 0;
        while (Next(anchors, from, ref next) is { } match)
        {
            found.Add(match);
            // A match holds its anchor, so it is never empty and the next search starts where it ends.
            from = match.Index + match.Length;
        }
        return found;
    }

    public bool IsMatch(string text)
    {
        var next = 0;
        return Next(AnchorPositions.In(anchor, text), 0, ref next) is not null;
    }

    /// <summary>The text with every match replaced by <paramref name="replacement"/> (taken literally).</summary>
    public string Replace(string text, string replacement)
    {
        var matches = Matches(text);
        if (matches.Count == 0)
            return text;
        var result = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var match in matches)
        {
            result.Append(text, copied, match.Index - copied).Append(replacement);
            copied = match.Index + match.Length;
        }
        return result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// The leftmost match starting at or after <paramref name="from"/>, or null; <paramref name="next"/> is the first of
    /// the anchors not yet passed, kept between calls.
    /// </summary>
    private Match? Next(AnchorPositions anchors, int from, ref int next)
    {
        var text = anchors.Text;
        for (; next < anchors.Starts.Count; next++)
        {
            var at = anchors.Starts[next];
            if (at < from)
                continue;
            for (var start = Math.Max(from, EarliestStart(text, at)); start <= at; start++)
            {
                if (_startsAfterWordOnly && start > 0 && IsLetterOrNumber(text[start - 1]))
                    continue;
                var match = _anchored.Match(text, start);
                if (match.Success)
                    return match;
            }
            from = at + 1;
        }
        return null;
    }

    /// <summary>What the lookbehind <c>[\p{L}\p{N}]</c> matches: every letter and number category, as the engine reads them.</summary>
    internal static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>How far back from an anchor a match may start: white space is free, other characters are counted.</summary>
    private int EarliestStart(string text, int at)
    {
        var start = at;
        var letters = lettersBeforeAnchor;
        while (start > 0 && (char.IsWhiteSpace(text[start - 1]) || letters-- > 0))
            start--;
        return start;
    }
}
