namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// The one-letter clitics written attached to an Arabic word (و، ف conjunctions; ب، ل، ك prepositions), so a
/// catalog word is still recognised in <c>وبوتين</c>, <c>لبوتين</c>, <c>وللأمريكيين</c>. The article ال is not a
/// clitic here: <c>سورية</c> is Syria but <c>السورية</c> is "the Syrian", so catalogs list ال-forms themselves.
/// </summary>
internal static class CliticPrefixes
{
    private const int MinimumStem = 3;

    /// <summary>The word itself, then the word without one and then two leading clitics (longest word first).</summary>
    public static IReadOnlyList<string> Candidates(string word)
    {
        var candidates = new List<string>(3) { word };
        var spans = Candidates(word, new char[word.Length]);
        spans.MoveNext();
        while (spans.MoveNext())
            candidates.Add(spans.Current.ToString());
        return candidates;
    }

    /// <summary>
    /// The same candidates as spans, allocating nothing: the analyzer asks for every token. A ل + ال rewrite is written
    /// into <paramref name="buffer"/>, at least as long as the word.
    /// </summary>
    public static CandidateSpans Candidates(ReadOnlySpan<char> word, Span<char> buffer) => new(word, buffer);

    public ref struct CandidateSpans(ReadOnlySpan<char> word, Span<char> buffer)
    {
        private readonly ReadOnlySpan<char> _word = word;
        private readonly Span<char> _buffer = buffer;
        private int _stripped = -1;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly CandidateSpans GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_stripped == -1)
            {
                _stripped = 0;
                Current = _word;
                return true;
            }
            var rest = Current;
            if (_stripped >= 2 || rest.Length <= MinimumStem)
                return false;
            var first = rest[0];
            var isConjunction = first is 'و' or 'ف';
            if (!(isConjunction && _stripped == 0) && first is not ('ب' or 'ل' or 'ك'))
            {
                _stripped = 2;
                return false;
            }
            _stripped++;
            // ل + ال is written لل: the word behind it is the ال-form.
            if (first == 'ل' && rest.Length > MinimumStem + 1 && rest[1] == 'ل')
            {
                var joined = _buffer[..rest.Length];
                rest[1..].CopyTo(joined[1..]);
                joined[0] = 'ا';
                Current = joined;
            }
            else
            {
                Current = rest[1..];
            }
            return true;
        }
    }
}
