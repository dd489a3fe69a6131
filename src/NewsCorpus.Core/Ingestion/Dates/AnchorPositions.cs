using System.Text.RegularExpressions;

namespace NewsCorpus.Core.Ingestion.Dates;

/// <summary>
/// Where month words start in one text: every position a month-word pattern matches at, left to right, found once
/// for all the patterns anchored on it (<see cref="MonthAnchoredPattern"/>). A unit's dates were searched with three
/// such patterns and two plain checks, each scanning the whole unit for month words again.
/// </summary>
internal sealed class MonthWords
{
    private MonthWords(Regex pattern, string text, int[] starts)
    {
        Pattern = pattern;
        Text = text;
        Starts = starts;
    }

    /// <summary>The month-word pattern the positions are of.</summary>
    public Regex Pattern { get; }

    public string Text { get; }

    /// <summary>Every position the pattern matches at, including one inside another's match: the anchored search asks at each.</summary>
    public IReadOnlyList<int> Starts { get; }

    public bool Any => Starts.Count > 0;

    /// <summary>The month words of <paramref name="text"/> as <paramref name="pattern"/> finds them.</summary>
    public static MonthWords In(Regex pattern, string text)
    {
        List<int>? starts = null;
        // The next search starts one past the last match's start, not at its end: as the anchored search always did.
        for (var match = pattern.Match(text); match.Success; match = match.Index < text.Length ? pattern.Match(text, match.Index + 1) : Match.Empty)
            (starts ??= []).Add(match.Index);
        return new MonthWords(pattern, text, starts is null ? [] : [.. starts]);
    }

    /// <summary>A text none of whose month words are asked for (one without a digit cannot hold a date with one).</summary>
    public static MonthWords None(Regex pattern, string text) => new(pattern, text, []);
}
