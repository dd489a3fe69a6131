using Lucene.Net.Index;

namespace NewsCorpus.Core.Search;

/// <summary>
/// The matches found in the last two texts on this thread, keyed by the very objects asked about (builder, text and
/// query terms, by reference): a hit's body is asked about twice (does it match? its snippet) and, when only a
/// caption matches, the caption in between. Reference keys mean an equal but different string is analysed again,
/// never that a stale answer is given; the lists are only read after they are kept.
/// </summary>
internal static class RecentMatches
{
    private const int Kept = 2;

    [ThreadStatic]
    private static Entry?[]? _entries;
    [ThreadStatic]
    private static int _next;

    public static List<(int Start, int End)>? Find(SnippetBuilder builder, string text, ISet<Term> terms)
    {
        foreach (var entry in _entries ?? [])
        {
            if (entry is { } e && ReferenceEquals(e.Builder, builder) && ReferenceEquals(e.Text, text) && ReferenceEquals(e.Terms, terms))
                return e.Matches;
        }
        return null;
    }

    public static List<(int Start, int End)> Keep(SnippetBuilder builder, string text, ISet<Term> terms, List<(int Start, int End)> matches)
    {
        _entries ??= new Entry?[Kept];
        _entries[_next] = new Entry(builder, text, terms, matches);
        _next = (_next + 1) % Kept;
        return matches;
    }

    private sealed record Entry(SnippetBuilder Builder, string Text, ISet<Term> Terms, List<(int Start, int End)> Matches);
}
