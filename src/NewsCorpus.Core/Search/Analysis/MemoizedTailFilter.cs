using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// Emits what the chain's tail emits for each incoming word, from a <see cref="TailMemo"/> when the word was met
/// before and otherwise by running the tail over that word alone (then remembered). The same tokens as the tail over
/// the stream: the tail's filters look at one word at a time and keep its offsets and type, and its stop words pass
/// their positions on to the next word kept (and to the stream's end), as Lucene's stop filter does.
/// </summary>
internal sealed class MemoizedTailFilter : TokenFilter
{
    private readonly TailMemo _memo;
    private readonly OneWord _word;
    private readonly TokenStream _tail;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly ICharTermAttribute _tailTerm;
    private readonly IPositionIncrementAttribute _tailPosition;
    private readonly TailTokens _probed = new();
    private TailTokens.Reader _pending;
    private int _skipped;

    /// <param name="input">The words, as the chain's shared steps leave them.</param>
    /// <param name="memo">Shared with the other fields and threads of the same lexicon.</param>
    /// <param name="tail">Builds the tail over a stream of its own (<see cref="CorpusAnalyzer.Tail"/>).</param>
    public MemoizedTailFilter(TokenStream input, TailMemo memo, Func<TokenStream, TokenStream> tail) : base(input)
    {
        _memo = memo;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _word = new OneWord();
        _tail = tail(_word);
        _tailTerm = _tail.GetAttribute<ICharTermAttribute>();
        _tailPosition = _tail.GetAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Next(out var term, out var increment))
        {
            Emit(term, increment);
            return true;
        }
        while (m_input.IncrementToken())
        {
            var word = _term.Buffer.AsSpan(0, _term.Length);
            if (!_memo.TryGet(word, out _pending))
                _pending = Probe(word);
            var wordIncrement = _position.PositionIncrement + _skipped;
            if (!_pending.Next(out term, out increment))
            {
                _skipped = wordIncrement;
                continue;
            }
            _skipped = 0;
            // The tail passes the word's own increment (and what it skipped) to its first token.
            Emit(term, increment - 1 + wordIncrement);
            return true;
        }
        return false;
    }

    public override void End()
    {
        base.End();
        _position.PositionIncrement += _skipped;
    }

    public override void Reset()
    {
        base.Reset();
        (_pending, _skipped) = (default, 0);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _tail.Dispose();
        base.Dispose(disposing);
    }

    private void Emit(ReadOnlySpan<char> term, int positionIncrement)
    {
        term.CopyTo(_term.ResizeBuffer(term.Length));
        _term.SetLength(term.Length);
        _position.PositionIncrement = positionIncrement;
    }

    /// <summary>Runs the tail over <paramref name="word"/> alone, as the first word of a stream, and remembers what it emits.</summary>
    private TailTokens.Reader Probe(ReadOnlySpan<char> word)
    {
        _probed.Clear();
        _word.Set(word);
        _tail.Reset();
        while (_tail.IncrementToken())
            _probed.Add(_tailTerm.Buffer.AsSpan(0, _tailTerm.Length), _tailPosition.PositionIncrement);
        _tail.End();
        if (_probed.Fits)
            _memo.Remember(word, _probed);
        return _probed.Read();
    }

    /// <summary>A stream of one word, with an increment of 1.</summary>
    private sealed class OneWord : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _position;
        private char[] _word = [];
        private int _length;
        private bool _done;

        public OneWord()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
        }

        public void Set(ReadOnlySpan<char> word)
        {
            if (_word.Length < word.Length)
                _word = new char[word.Length];
            word.CopyTo(_word);
            _length = word.Length;
        }

        public override bool IncrementToken()
        {
            if (_done)
                return false;
            ClearAttributes();
            _term.CopyBuffer(_word, 0, _length);
            _position.PositionIncrement = 1;
            _done = true;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _done = false;
        }
    }
}
