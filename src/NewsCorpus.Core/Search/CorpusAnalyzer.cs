using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Core.Search;

/// <summary>
/// The one analysis chain for indexing and querying, so both sides see the same tokens. It keeps what Lucene's
/// ArabicAnalyzer does (lowercase, Arabic stop words, alef/yeh/teh-marbuta normalization, light stemming) and adds:
/// repair of broken words and foreign letter forms (<see cref="ArabicRepairCharFilter"/>,
/// <see cref="BrokenWordFilter"/>), Latin accent folding, run-together words split (<see cref="RunTogetherWordFilter"/>),
/// spelling variants (<see cref="VariantSpellingFilter"/>) and English tokens for Arabic names
/// (<see cref="CrossScriptAliasFilter"/>). The <see cref="IndexFields.Surface"/> field stops before stop words and
/// stemming: it holds whole words for prefix, fuzzy and did-you-mean.
/// </summary>
public sealed class CorpusAnalyzer(SearchLexicon lexicon) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Bump when the chain changes what it emits: an index built by another revision is rebuilt on start.</summary>
    private const int Revision = 3;

    /// <summary>Names this chain and its catalogs, recorded in the index (<see cref="SearchIndex.AnalysisIsCurrent"/>).</summary>
    public string Fingerprint { get; } = $"corpus-analyzer-{Revision}:{lexicon.Fingerprint}";

    public CorpusAnalyzer() : this(SearchLexicon.Empty)
    {
    }

    /// <summary>The catalog knowledge the chain applies: the query parser reads a name's Latin alias from it.</summary>
    public SearchLexicon Lexicon { get; } = lexicon;

    protected override TextReader InitReader(string fieldName, TextReader reader) => new ArabicRepairCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new BrokenWordFilter(tokenizer);
        stream = new CaselessLowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (fieldName == IndexFields.Surface)
            return new TokenStreamComponents(tokenizer, new ArabicNormalizationFilter(stream));
        stream = new StopFilter(Version, stream, ArabicAnalyzer.DefaultStopSet);
        stream = new ArabicNormalizationFilter(stream);
        stream = new RunTogetherWordFilter(stream, Lexicon);
        stream = new VariantSpellingFilter(stream, Lexicon);
        stream = new CrossScriptAliasFilter(stream, Lexicon);
        stream = new ArabicStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
