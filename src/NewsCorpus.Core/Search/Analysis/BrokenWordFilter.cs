using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// Resolves words the <see cref="ArabicRepairCharFilter"/> found broken by a bare dot (marked with
/// <see cref="Marker"/>, which the tokenizer keeps inside a word): the joined word (<c>مقدمتها</c>) is indexed, and
/// at the same position each piece (<c>حلب</c>, <c>وقال</c>), since a dot with no tatweel beside it may also be a
/// sentence end that lost its space. Both readings match; the pieces of a real trick are rarely words searched for.
/// </summary>
public sealed class BrokenWordFilter : TokenFilter
{
    /// <summary>Zero-width joiner: invisible, and word-internal for the tokenizer (UAX #29), so it survives to here.</summary>
    public const char Marker = '\u200D';

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _pieces = new();
    private State? _state;

    public BrokenWordFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pieces.Count > 0)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pieces.Dequeue());
            _position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken())
            return false;
        if (!_term.Buffer.AsSpan(0, _term.Length).Contains(Marker))
            return true;
        var word = _term.ToString();
        var pieces = word.Split(Marker, StringSplitOptions.RemoveEmptyEntries);
        _term.SetEmpty().Append(string.Concat(pieces));
        if (pieces.Length > 1)
        {
            foreach (var piece in pieces)
                _pieces.Enqueue(piece);
            _state = CaptureState();
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pieces.Clear();
        _state = null;
    }
}
