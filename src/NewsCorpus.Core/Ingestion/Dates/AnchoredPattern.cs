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
    public List<Match> Matches(string text) => Matches(MonthWords.In(monthWord, text));

    /// <summary>Every match in the text whose month words <paramref name="words"/> holds (found with this pattern's month word).</summary>
    public List<Match> Matches(MonthWords words)
    {
        if (!ReferenceEquals(words.Pattern, monthWord))
            throw new ArgumentException("the month words were found with another pattern", nameof(words));
        var found = new List<Match>();
        var from = 0;
        var next = 0;
        while (Next(words, from, ref next) is { } match)
        {
            found.Add(match);
            // A match holds a month name, so it is never empty and the next search starts where it ends.
            from = match.Index + match.Length;
        }
        return found;
    }

    public bool IsMatch(string text)
    {
        var next = 0;
        return Next(MonthWords.In(monthWord, text), 0, ref next) is not null;
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
    /// the month words not yet passed, kept between calls.
    /// </summary>
    private Match? Next(MonthWords words, int from, ref int next)
    {
        var text = words.Text;
        for (; next < words.Starts.Count; next++)
        {
            var month = words.Starts[next];
            if (month < from)
                continue;
            for (var start = Math.Max(from, EarliestStart(text, month)); start <= month; start++)
            {
                if (_startsAfterWordOnly && start > 0 && IsLetterOrNumber(text[start - 1]))
                    continue;
                var match = _anchored.Match(text, start);
                if (match.Success)
                    return match;
            }
            from = month + 1;
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
