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
        var shared = SharedSteps(tokenizer);
        return new TokenStreamComponents(tokenizer, fieldName == RecordedTokens.SharedStepsField ? shared : Tail(fieldName, shared));
    }

    /// <summary>What every field's chain does first, inside each word: the steps <see cref="RecordedTokens"/> records once per text.</summary>
    private static ASCIIFoldingFilter SharedSteps(Tokenizer tokenizer) =>
        new ASCIIFoldingFilter(new CaselessLowerCaseFilter(new BrokenWordFilter(tokenizer)));

    /// <summary>The rest of <paramref name="fieldName"/>'s chain after the shared steps.</summary>
    internal TokenStream Tail(string fieldName, TokenStream shared)
    {
        if (fieldName == IndexFields.Surface)
            return new ArabicNormalizationFilter(shared);
        TokenStream stream = new StopFilter(Version, shared, ArabicAnalyzer.DefaultStopSet);
        stream = new ArabicNormalizationFilter(stream);
        stream = new RunTogetherWordFilter(stream, Lexicon);
        stream = new VariantSpellingFilter(stream, Lexicon);
        stream = new CrossScriptAliasFilter(stream, Lexicon);
        return new ArabicStemFilter(stream);
    }
}
