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
    internal readonly record struct WordToken(string Term, int Start, int End)
    {
        /// <summary>The term's hash, worked out once when the word is remembered (<see cref="MarkedTerms"/>).</summary>
        public int TermHash { get; } = Term.GetHashCode();
    }

    /// <summary>Calls <paramref name="found"/> with each token <paramref name="field"/>'s analysis makes of <paramref name="text"/> and its offsets in the text.</summary>
    public void ForEach(string text, string field, Action<string, int, int> found)
    {
        var sink = new CallSink(found);
        ForEach(text, field, ref sink);
    }

    /// <summary>
    /// Adds to <paramref name="matches"/> where each token of <paramref name="text"/> whose term is one of
    /// <paramref name="terms"/> shows (its offsets): what a snippet marks. Words met for the first time come last.
    /// </summary>
    public void AddMatches(string text, string field, MarkedTerms terms, List<(int Start, int End)> matches)
    {
        var sink = new MatchSink(terms, matches);
        ForEach(text, field, ref sink);
    }

    /// <summary>What is done with each token found; a struct, so that each use gets its own compiled loop with the call inlined.</summary>
    private interface ITokenSink
    {
        void Found(in WordToken token, int start, int end);
    }

    private readonly struct CallSink(Action<string, int, int> found) : ITokenSink
    {
        public void Found(in WordToken token, int start, int end) => found(token.Term, start, end);
    }

    private readonly struct MatchSink(MarkedTerms terms, List<(int Start, int End)> matches) : ITokenSink
    {
        public void Found(in WordToken token, int start, int end)
        {
            if (terms.Contains(token.Term, token.TermHash))
                matches.Add((start, end));
        }
    }

    // A snippet looks up every word of 20 hits' texts (thousands a page): the words are found in one loop over the
    // text and the tokens handed on without a delegate call each.
    private void ForEach<TSink>(string text, string field, ref TSink sink) where TSink : struct, ITokenSink
    {
        var memory = _fields.GetOrAdd(field, _ => new Memory());
        var known = memory.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        List<(int Start, int Length)>? unknown = null;
        var at = 0;
        while (true)
        {
            while (at < text.Length && IsWhiteSpace(text[at]))
                at++;
            if (at == text.Length)
                break;
            var start = at;
            while (at < text.Length && !IsWhiteSpace(text[at]))
                at++;
            if (known.TryGetValue(text.AsSpan(start, at - start), out var tokens))
            {
                foreach (var token in tokens)
                    sink.Found(token, start + token.Start, start + token.End);
            }
            else
                (unknown ??= []).Add((start, at - start));
        }
        if (unknown is null)
            return;
        var analysed = Analyse(text, unknown, field);
        for (var i = 0; i < unknown.Count; i++)
        {
            memory.Remember(text.Substring(unknown[i].Start, unknown[i].Length), analysed[i], capacity);
            foreach (var token in analysed[i])
                sink.Found(token, unknown[i].Start + token.Start, unknown[i].Start + token.End);
        }
    }

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/>, answered without its table for the letters of Arabic and Latin text:
    /// no white space lies between U+00A0 and U+1680.
    /// </summary>
    internal static bool IsWhiteSpace(char c) => c switch
    {
        <= ' ' => c == ' ' || (c >= '\t' && c <= '\r'),
        < '\u0085' => false,
        <= '\u00A0' => c == '\u0085' || c == '\u00A0',
        < '\u1680' => false,
        _ => char.IsWhiteSpace(c),
    };

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
}
