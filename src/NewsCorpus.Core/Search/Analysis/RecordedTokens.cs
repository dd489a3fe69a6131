using Lucene.Net.Analysis.TokenAttributes;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// The tokens the first steps of every field's chain (repair, tokenizer, broken words, lower case, accent folding) make
/// of one text, recorded once so that each field starting with those steps replays them instead of running them again
/// (<see cref="ReplayAnalyzer"/>): an article's title, body and captions go through them for their own fields and, a
/// second time, for the surface field, which holds the same words unstemmed.
/// </summary>
internal sealed class RecordedTokens
{
    /// <summary>The chain's name for its shared steps alone (<see cref="CorpusAnalyzer"/>); no document has this field.</summary>
    internal const string SharedStepsField = "\u0001shared-steps";

    // A recording kept for a thread's next text (RecordedTextFields) lets go of arrays grown past these for one long text.
    private const int KeptTokens = 16_384;
    private const int KeptChars = 65_536;

    private List<Token> _tokens = [];
    private char[] _chars = new char[256];
    private int _charCount;

    /// <summary>An empty recording, to be filled by <see cref="Record"/> (and again for each next text).</summary>
    internal RecordedTokens()
    {
    }

    /// <summary>A token as the shared steps left it: its term (in the recording's characters), offsets, position increment and type.</summary>
    internal readonly record struct Token(int TermStart, int TermLength, int Start, int End, int PositionIncrement, string Type);

    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>The end offset the stream reported when it ended (the text's length, as corrected by the char filter).</summary>
    public int FinalOffset { get; private set; }

    /// <summary>Puts <paramref name="token"/>'s term into <paramref name="term"/>.</summary>
    public void CopyTerm(Token token, ICharTermAttribute term) => term.CopyBuffer(_chars, token.TermStart, token.TermLength);

    /// <summary>Runs <paramref name="analyzer"/>'s shared steps over <paramref name="text"/> and keeps what they emit.</summary>
    public static RecordedTokens Of(CorpusAnalyzer analyzer, string text)
    {
        var recorded = new RecordedTokens();
        recorded.Record(analyzer, text);
        return recorded;
    }

    /// <summary>Replaces what this holds with what <paramref name="analyzer"/>'s shared steps emit for <paramref name="text"/>.</summary>
    public void Record(CorpusAnalyzer analyzer, string text)
    {
        if (_tokens.Capacity > KeptTokens)
            _tokens = [];
        if (_chars.Length > KeptChars)
            _chars = new char[256];
        _tokens.Clear();
        _charCount = 0;
        using var stream = analyzer.GetTokenStream(SharedStepsField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            Add(term.Buffer.AsSpan(0, term.Length), offsets.StartOffset, offsets.EndOffset, position.PositionIncrement, type.Type);
        stream.End();
        FinalOffset = offsets.EndOffset;
    }

    private void Add(ReadOnlySpan<char> term, int start, int end, int positionIncrement, string type)
    {
        if (_charCount + term.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + term.Length));
        term.CopyTo(_chars.AsSpan(_charCount));
        _tokens.Add(new Token(_charCount, term.Length, start, end, positionIncrement, type));
        _charCount += term.Length;
    }

    /// <summary>
    /// Hands recordings to a <see cref="ReplayAnalyzer"/>'s tokenizer through Lucene's reader slot: no text, only the
    /// recordings, replayed one after the other with their offsets shifted as if their texts were joined by one
    /// character (the surface field's title, body and captions).
    /// </summary>
    internal sealed class Reader(params RecordedTokens[] parts) : TextReader
    {
        public IReadOnlyList<RecordedTokens> Parts => parts;
    }
}
