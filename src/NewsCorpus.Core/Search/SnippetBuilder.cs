using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Picks the passage of a text with the most query matches and marks them. Matches are found by running the
/// displayed text through the same analyzer as the index and using its token offsets, so a query word marks
/// every spelling the analyzer folds to it, exactly where the original shows it (the analyzer's char filter keeps
/// offsets into the original, so <c>الأمـ.ـن</c> is marked whole). Text is HTML-encoded by <see cref="Snippet.ToHtml"/>.
/// </summary>
public sealed class SnippetBuilder(Analyzer analyzer)
{
    private const int Window = 220;
    // A hit's text is read word by word from what the chain made of each word before (most of a snippet's cost was
    // running the chain over the whole body).
    private readonly WordTokens _words = new(analyzer);
    private static readonly string[] StemmedFields = [IndexFields.Title, IndexFields.Body, IndexFields.Captions];

    /// <summary>
    /// A query's terms as a snippet looks them up: those of the stemmed fields (marked where the body's chain makes
    /// them) and those of the surface field (where its chain does). Split once a search, not once a text.
    /// </summary>
    internal sealed record Terms(MarkedTerms Stemmed, MarkedTerms Surface)
    {
        public static Terms Of(ISet<Term> queryTerms) => new(
            new MarkedTerms(queryTerms.Where(t => StemmedFields.Contains(t.Field)).Select(t => t.Text)),
            new MarkedTerms(queryTerms.Where(t => t.Field == IndexFields.Surface).Select(t => t.Text)));
    }

    /// <summary>The best passage of <paramref name="text"/> for the query terms (from any text field or the surface field).</summary>
    public Snippet Build(string text, ISet<Term> queryTerms) => Build(text, FindMatches(text, Terms.Of(queryTerms)));

    /// <inheritdoc cref="Passage(string, string, Terms)"/>
    public Snippet Passage(string body, string captions, ISet<Term> queryTerms) => Passage(body, captions, Terms.Of(queryTerms));

    /// <summary>
    /// A hit's passage: from the body, unless only a caption holds the words the query found. Each text is analysed
    /// at most once (the analysis is most of a snippet's cost).
    /// </summary>
    internal Snippet Passage(string body, string captions, Terms queryTerms)
    {
        var inBody = FindMatches(body, queryTerms);
        if (inBody.Count == 0 && FindMatches(captions, queryTerms) is { Count: > 0 } inCaptions)
            return Build(captions, inCaptions);
        return Build(body, inBody);
    }

    /// <inheritdoc cref="MarkAll(string, Terms)"/>
    public Snippet MarkAll(string text, ISet<Term> queryTerms) => MarkAll(text, Terms.Of(queryTerms));

    /// <summary>The whole of a short text (a title) with the query's matches marked.</summary>
    internal Snippet MarkAll(string text, Terms queryTerms)
    {
        var parts = new List<SnippetPart>();
        var cursor = 0;
        foreach (var (from, to) in FindMatches(text, queryTerms))
        {
            if (from > cursor)
                parts.Add(new SnippetPart(text[cursor..from], false));
            parts.Add(new SnippetPart(text[from..to], true));
            cursor = to;
        }
        if (cursor < text.Length)
            parts.Add(new SnippetPart(text[cursor..], false));
        return new Snippet(parts);
    }

    /// <summary>True when the text holds at least one of the query terms.</summary>
    public bool Matches(string text, ISet<Term> queryTerms) => FindMatches(text, Terms.Of(queryTerms)).Count > 0;

    private static Snippet Build(string text, List<(int Start, int End)> matches)
    {
        if (text.Length == 0)
            return Snippet.Empty;
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

    private List<(int Start, int End)> FindMatches(string text, Terms queryTerms)
    {
        var matches = new List<(int Start, int End)>();
        if (text.Length == 0)
            return matches;
        if (queryTerms.Stemmed.Count > 0)
            AddMatches(text, IndexFields.Body, queryTerms.Stemmed, matches);
        if (queryTerms.Surface.Count > 0)
            AddMatches(text, IndexFields.Surface, queryTerms.Surface, matches);
        // Stacked tokens (a name and its English alias) and the two chains can mark the same word twice.
        return matches.Distinct().OrderBy(m => m.Start).Aggregate(new List<(int Start, int End)>(), (merged, m) =>
        {
            if (merged.Count > 0 && m.Start < merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, m.End));
            else
                merged.Add(m);
            return merged;
        });
    }

    private void AddMatches(string text, string field, MarkedTerms queryTerms, List<(int Start, int End)> matches)
    {
        var from = matches.Count;
        _words.AddMatches(text, field, queryTerms, matches);
        for (var i = from; i < matches.Count; i++)
            matches[i] = Visible(text, matches[i].Start, matches[i].End);
    }

    /// <summary>
    /// Where a token shows in the text. A word inside a ligature's expansion (<c>عليه</c> of <c>ﷺ</c>) has an empty
    /// span at the ligature (see <see cref="Analysis.ArabicRepairCharFilter"/>): it marks the ligature itself.
    /// </summary>
    public static (int Start, int End) Visible(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return end == start && start < text.Length ? (start, start + 1) : (start, end);
    }

    /// <summary>The window of about <see cref="Window"/> characters holding the most matches, snapped to word breaks.</summary>
    private static (int Start, int End) ChooseWindow(string text, List<(int Start, int End)> matches)
    {
        var bestStart = 0;
        var bestCount = 0;
        // Matches are sorted and do not overlap: one pass with the window's far end moving forward only.
        var last = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            last = Math.Max(last, i);
            while (last < matches.Count && matches[last].End <= matches[i].Start + Window)
                last++;
            if (last - i > bestCount)
            {
                bestCount = last - i;
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
