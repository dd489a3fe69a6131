using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// Keeps a run-together word (<c>الولاياتالمتحدةوروسيا</c>) and adds its parts (<see cref="RunTogetherWords"/>) as
/// words of their own: the first at the word's position, the others after it, so <c>"الولايات المتحدة"</c> finds it
/// as a phrase. Every part keeps the whole word's offsets, and a snippet marks the word as written.
/// </summary>
public sealed class RunTogetherWordFilter : TokenFilter
{
    private readonly SearchLexicon _lexicon;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _parts = new();
    private State? _state;
    private bool _first;

    public RunTogetherWordFilter(TokenStream input, SearchLexicon lexicon) : base(input)
    {
        _lexicon = lexicon;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_parts.Count > 0)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_parts.Dequeue());
            _position.PositionIncrement = _first ? 0 : 1;
            _first = false;
            return true;
        }
        if (!m_input.IncrementToken())
            return false;
        if (_lexicon.RunTogetherParts(_term.Buffer.AsSpan(0, _term.Length)) is { } parts)
        {
            foreach (var part in parts)
                _parts.Enqueue(part);
            _state = CaptureState();
            _first = true;
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _parts.Clear();
        _state = null;
    }
}
