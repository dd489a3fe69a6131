using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Picks the passage of a text with the most query matches and marks them. Matches are found by running the
/// displayed text through the same analyzer as the index and using its token offsets, so a query word marks
/// every spelling the analyzer folds to it, exactly where the original shows it.
/// </summary>
public sealed class SnippetBuilder(Analyzer analyzer)
{
    private const int Window = 220;

    public Snippet Build(string text, ISet<string> queryTerms, string field = IndexFields.Body)
    {
        if (text.Length == 0)
            return Snippet.Empty;
        var matches = queryTerms.Count == 0 ? [] : FindMatches(text, queryTerms, field);
        var (start, end) = ChooseWindow(text, matches);
        var parts = new List<SnippetPart>();
        if (start > 0)
            parts.Add(new SnippetPart("… ", false));
        var cursor = start;
        foreach (var (from, to) in matches.Where(m => m.Start >= start && m.End <= end))
        {
            if (from > cursor)
                parts.Add(new SnippetPart(text[cursor..from], false));
            parts.Add(new SnippetPart(text[from..to], true));
            cursor = to;
        }
        if (cursor < end)
            parts.Add(new SnippetPart(text[cursor..end], false));
        if (end < text.Length)
            parts.Add(new SnippetPart(" …", false));
        return new Snippet(parts);
    }

    private List<(int Start, int End)> FindMatches(string text, ISet<string> queryTerms, string field)
    {
        var matches = new List<(int, int)>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (queryTerms.Contains(term.ToString()))
                matches.Add((offsets.StartOffset, offsets.EndOffset));
        }
        stream.End();
        return matches;
    }

    /// <summary>The window of about <see cref="Window"/> characters holding the most matches, snapped to word breaks.</summary>
    private static (int Start, int End) ChooseWindow(string text, List<(int Start, int End)> matches)
    {
        var bestStart = 0;
        var bestCount = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var count = matches.Skip(i).TakeWhile(m => m.End <= matches[i].Start + Window).Count();
            if (count > bestCount)
            {
                bestCount = count;
                bestStart = matches[i].Start;
            }
        }
        // Lead into the first match with a little context, starting at a word boundary.
        var start = Math.Max(0, bestStart - 40);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            start--;
        var end = Math.Min(text.Length, start + Window);
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
            end++;
        return (start, end);
    }
}
