using System.Collections.Concurrent;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsCorpus.Core.Search;

/// <summary>
/// The tokens one field's analysis makes of each word of a text (a run of characters between white space), with
/// their offsets in the word, remembered for the words met most recently. Every step of the chain works inside a
/// word — the repair of broken words and letter forms, the tokenizer (white space always ends a token), each token
/// filter — so a text's tokens are its words' tokens, each shifted by where its word starts: a snippet then looks up
/// the words of a hit's text instead of running the whole chain over it, and only words not met before are analysed
/// (together, in one pass). A news archive's words repeat: at 100k articles the body of a common word's hit found
/// nearly all of its words remembered after the first few pages.
/// </summary>
/// <param name="analyzer">The corpus chain.</param>
/// <param name="capacity">Words remembered per field; when full, the memory starts again (a few MB at most).</param>
internal sealed class WordTokens(Analyzer analyzer, int capacity = WordTokens.DefaultCapacity)
{
    /// <summary>About 10 MB a field when full.</summary>
    internal const int DefaultCapacity = 50_000;

    private readonly ConcurrentDictionary<string, Memory> _fields = new(StringComparer.Ordinal);

    /// <summary>A token of a word: its term and where it shows in the word.</summary>
    internal readonly record struct WordToken(string Term, int Start, int End);

    /// <summary>Calls <paramref name="found"/> with each token <paramref name="field"/>'s analysis makes of <paramref name="text"/> and its offsets in the text.</summary>
    public void ForEach(string text, string field, Action<string, int, int> found)
    {
        var memory = _fields.GetOrAdd(field, _ => new Memory());
        var known = memory.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        List<(int Start, int Length)>? unknown = null;
        foreach (var (start, length) in Words(text))
        {
            if (known.TryGetValue(text.AsSpan(start, length), out var tokens))
                Report(tokens, start, found);
            else
                (unknown ??= []).Add((start, length));
        }
        if (unknown is null)
            return;
        var analysed = Analyse(text, unknown, field);
        for (var i = 0; i < unknown.Count; i++)
        {
            memory.Remember(text.Substring(unknown[i].Start, unknown[i].Length), analysed[i], capacity);
            Report(analysed[i], unknown[i].Start, found);
        }
    }

    /// <summary>One field's words and their tokens, counted as they are added (a concurrent dictionary's own count locks it whole).</summary>
    private sealed class Memory
    {
        private int _count;

        public ConcurrentDictionary<string, WordToken[]> Words { get; } = new(StringComparer.Ordinal);

        public void Remember(string word, WordToken[] tokens, int capacity)
        {
            if (!Words.TryAdd(word, tokens))
                return;
            if (Interlocked.Increment(ref _count) <= capacity)
                return;
            // Full: start again. Another thread may add meanwhile; the count is a bound, not an exact size.
            Words.Clear();
            Volatile.Write(ref _count, 0);
        }
    }

    private static void Report(WordToken[] tokens, int wordStart, Action<string, int, int> found)
    {
        foreach (var token in tokens)
            found(token.Term, wordStart + token.Start, wordStart + token.End);
    }

    /// <summary>The words' tokens, analysed in one pass over the words joined by spaces.</summary>
    private WordToken[][] Analyse(string text, List<(int Start, int Length)> words, string field)
    {
        var joined = new StringBuilder();
        var starts = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            starts[i] = joined.Length;
            joined.Append(text, words[i].Start, words[i].Length).Append(' ');
        }
        var tokens = new List<WordToken>[words.Count];
        using (var stream = analyzer.GetTokenStream(field, new StringReader(joined.ToString())))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                // The word a token belongs to: the last one starting at or before it.
                var at = Array.BinarySearch(starts, offsets.StartOffset);
                var word = at >= 0 ? at : ~at - 1;
                (tokens[word] ??= []).Add(new WordToken(term.ToString(), offsets.StartOffset - starts[word], offsets.EndOffset - starts[word]));
            }
            stream.End();
        }
        return [.. tokens.Select(t => t is null ? [] : t.ToArray())];
    }

    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || char.IsWhiteSpace(text[i]);
            if (space && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
            else if (!space && start < 0)
                start = i;
        }
    }
}
