using System.Text.RegularExpressions;

namespace NewsCorpus.Core.Ingestion.Dates;

/// <summary>
/// Where the anchors of <see cref="AnchoredPattern"/>s (month words, years) start in one text: every position the
/// anchor's pattern matches at, left to right, found once for all the patterns anchored on it. A unit's dates were
/// searched with three month-name patterns and two plain checks, each scanning the whole unit for month words again.
/// </summary>
internal sealed class AnchorPositions
{
    private AnchorPositions(Regex pattern, string text, int[] starts)
    {
        Pattern = pattern;
        Text = text;
        Starts = starts;
    }

    /// <summary>The anchor's pattern (a month word, a year) the positions are of.</summary>
    public Regex Pattern { get; }

    public string Text { get; }

    /// <summary>Every position the pattern matches at, including one inside another's match: the anchored search asks at each.</summary>
    public IReadOnlyList<int> Starts { get; }

    public bool Any => Starts.Count > 0;

    /// <summary>The anchors of <paramref name="text"/> as <paramref name="pattern"/> finds them.</summary>
    public static AnchorPositions In(Regex pattern, string text)
    {
        List<int>? starts = null;
        // The next search starts one past the last match's start, not at its end: as the anchored search always did.
        for (var match = pattern.Match(text); match.Success; match = match.Index < text.Length ? pattern.Match(text, match.Index + 1) : Match.Empty)
            (starts ??= []).Add(match.Index);
        return new AnchorPositions(pattern, text, starts is null ? [] : [.. starts]);
    }

    /// <summary>A text none of whose anchors are asked for (one without a digit cannot hold a date).</summary>
    public static AnchorPositions None(Regex pattern, string text) => new(pattern, text, []);
}
