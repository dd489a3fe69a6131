using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// After an Arabic name from the gazetteer (<c>بوتين</c>, <c>لبوتين</c>), adds its English token (<c>putin</c>) at
/// the same position. Done in the analyzer, on both sides, rather than by expanding queries: English captions
/// already index <c>putin</c>, so one extra token makes <c>Putin</c> find Arabic text and <c>بوتين</c> find English
/// captions, phrases and snippets keep working, and the query parser needs no entity knowledge.
/// </summary>
public sealed class CrossScriptAliasFilter : TokenFilter
{
    private readonly SearchLexicon _lexicon;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IKeywordAttribute _keyword;
    private string? _pendingAlias;
    private State? _pendingState;

    public CrossScriptAliasFilter(TokenStream input, SearchLexicon lexicon) : base(input)
    {
        _lexicon = lexicon;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingAlias is not null)
        {
            RestoreState(_pendingState);
            _term.SetEmpty().Append(_pendingAlias);
            _position.PositionIncrement = 0;
            _keyword.IsKeyword = true; // an English name is not for the Arabic stemmer
            _pendingAlias = null;
            return true;
        }
        if (!m_input.IncrementToken())
            return false;
        var word = _term.Buffer.AsSpan(0, _term.Length);
        _pendingAlias = _lexicon.MayHaveEntry(word) ? _lexicon.LatinAlias(word.ToString()) : null;
        if (_pendingAlias is not null)
            _pendingState = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pendingAlias = null;
        _pendingState = null;
    }
}
