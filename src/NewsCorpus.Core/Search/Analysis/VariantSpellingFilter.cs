using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// Replaces a word that has spelling variants (<c>سورية</c>, <c>الأميركي</c>, <c>هانغجو</c>) with its group's
/// canonical spelling, after letter normalization and before stemming. The stemmer then treats every spelling the
/// same way, and no stem is ever mapped: a stem like <c>سور</c> is shared by unrelated words. A one-word name
/// from the gazetteer is instead kept whole (clitics removed) and marked as a keyword so the stemmer leaves it.
/// </summary>
public sealed class VariantSpellingFilter : TokenFilter
{
    private readonly SearchLexicon _lexicon;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public VariantSpellingFilter(TokenStream input, SearchLexicon lexicon) : base(input)
    {
        _lexicon = lexicon;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (!_lexicon.MayHaveEntry(_term.Buffer.AsSpan(0, _term.Length)))
            return true;
        var word = _term.ToString();
        if (_lexicon.NameForm(word) is { } name)
        {
            _term.SetEmpty().Append(name);
            _keyword.IsKeyword = true;
        }
        else if (_lexicon.CanonicalSpelling(word) is { } canonical)
        {
            _term.SetEmpty().Append(canonical);
        }
        return true;
    }
}
