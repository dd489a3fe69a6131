using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// Replaces a word that has spelling variants (<c>سورية</c>, <c>الأميركي</c>, <c>هانغجو</c>) with its group's
/// canonical spelling, after letter normalization and before stemming. The stemmer then treats every spelling
/// the same way, and no stem is ever mapped: a stem like <c>سور</c> is shared by unrelated words.
/// </summary>
public sealed class VariantSpellingFilter : TokenFilter
{
    private readonly SearchLexicon _lexicon;
    private readonly ICharTermAttribute _term;

    public VariantSpellingFilter(TokenStream input, SearchLexicon lexicon) : base(input)
    {
        _lexicon = lexicon;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (_lexicon.CanonicalSpelling(_term.ToString()) is { } canonical)
            _term.SetEmpty().Append(canonical);
        return true;
    }
}
