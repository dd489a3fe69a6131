using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace NewsCorpus.Core.Search;

/// <summary>
/// The one analysis chain for indexing and querying, so both sides see the same tokens.
/// Starts from Lucene's ArabicAnalyzer chain: tokenize, lowercase, Arabic stop words, normalize, light stem.
/// </summary>
public sealed class CorpusAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, ArabicAnalyzer.DefaultStopSet);
        stream = new ArabicNormalizationFilter(stream);
        stream = new ArabicStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
