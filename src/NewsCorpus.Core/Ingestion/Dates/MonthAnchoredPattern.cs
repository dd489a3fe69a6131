using System.Text;
using System.Text.RegularExpressions;

namespace NewsCorpus.Core.Ingestion.Dates;

/// <summary>
/// A date pattern that holds a month name, searched only where a month name occurs: the same matches, in the same
/// order, as the pattern's own search. Patterns such as "الخامس من سبتمبر 2016" may start at any Arabic letter (an
/// ordinal day word begins with ال), so the regex engine tried them at almost every letter of a text; most texts
/// name no month, and those that do name it in few places.
/// </summary>
/// <remarks>
/// Why the answers are the same: a match contains a month name, which begins where <paramref name="monthWord"/>
/// matches (it is the alternation of the names' first words); between the match's start and its month stand at most
/// <paramref name="lettersBeforeMonth"/> characters that are not white space (the day, "من", "شهر"), so no match can
/// start further back than that from the first month word at or after the search's position. Each position from
/// there to the month word is tried with the pattern anchored there, in order, as the engine itself would; past the
/// month word, the search goes on from the next one. Lookbehinds still see the text before each position.
/// </remarks>
internal sealed class MonthAnchoredPattern(Regex pattern, Regex monthWord, int lettersBeforeMonth)
{
    private readonly Regex _anchored = new(@"\G(?:" + pattern + ")", pattern.Options);

    // Every date pattern begins "not after a letter or number" (DatePatterns.NotAfterWord): a position inside a word
    // cannot start a match, and is skipped without asking the engine — most of a month word's window is inside words.
    private readonly bool _startsAfterWordOnly = pattern.ToString().StartsWith(DatePatterns.NotAfterWord, StringComparison.Ordinal);

    /// <summary>The pattern as written, searched the engine's own way (tests compare the two).</summary>
    public Regex Pattern { get; } = pattern;

    /// <summary>Every match, left to right, as <see cref="Regex.Matches(string)"/> gives them.</summary>
    public List<Match> Matches(string text)
    {
        var found = new List<Match>();
        var from = 0;
        while (Next(text, from) is { } match)
        {
            found.Add(match);
            // A match holds a month name, so it is never empty and the next search starts where it ends.
            from = match.Index + match.Length;
        }
        return found;
    }

    public bool IsMatch(string text) => Next(text, 0) is not null;

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

    /// <summary>The leftmost match starting at or after <paramref name="from"/>, or null.</summary>
    private Match? Next(string text, int from)
    {
        while (from <= text.Length)
        {
            var month = monthWord.Match(text, from);
            if (!month.Success)
                return null;
            for (var start = Math.Max(from, EarliestStart(text, month.Index)); start <= month.Index; start++)
            {
                if (_startsAfterWordOnly && start > 0 && IsLetterOrNumber(text[start - 1]))
                    continue;
                var match = _anchored.Match(text, start);
                if (match.Success)
                    return match;
            }
            from = month.Index + 1;
        }
        return null;
    }

    /// <summary>What the lookbehind <c>[\p{L}\p{N}]</c> matches: every letter and number category, as the engine reads them.</summary>
    internal static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>How far back from a month word a match may start: white space is free, other characters are counted.</summary>
    private int EarliestStart(string text, int month)
    {
        var start = month;
        var letters = lettersBeforeMonth;
        while (start > 0 && (char.IsWhiteSpace(text[start - 1]) || letters-- > 0))
            start--;
        return start;
    }
}
