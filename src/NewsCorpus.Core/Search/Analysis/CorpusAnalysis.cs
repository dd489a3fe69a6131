using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// The analyzer an index folder is opened with: the catalogs plus the <see cref="LexiconDecision"/> the index
/// recorded, so opening never reads the index's words and never finds a new fingerprint because of what was imported
/// since. The vocabulary is consulted (and the decision made again) only when the index is rebuilt anyway — its
/// recorded analysis differs (catalogs, analysis revision or document layout changed), it recorded no decision (a new
/// index, or one from before decisions were recorded), or a <c>reindex</c> asks for it.
/// </summary>
public sealed class CorpusAnalysis
{
    private readonly SearchLexicon _lexicon;

    private CorpusAnalysis(SearchLexicon lexicon, LexiconDecision decision, bool decidedFromVocabulary, Func<CorpusAnalyzer, string> analysisOf)
    {
        _lexicon = lexicon;
        Decision = decision;
        DecidedFromVocabulary = decidedFromVocabulary;
        Analyzer = new CorpusAnalyzer(lexicon);
        Fingerprint = analysisOf(Analyzer);
    }

    /// <summary>The one analyzer for indexing and querying.</summary>
    public CorpusAnalyzer Analyzer { get; }

    /// <summary>What the index records as its analysis (<see cref="SearchIndex.AnalysisIsCurrent"/>).</summary>
    public string Fingerprint { get; }

    /// <summary>The generated spellings refused as ordinary words; recorded with the index (<see cref="SearchIndex.AnalysisChoices"/>).</summary>
    public LexiconDecision Decision { get; }

    /// <summary>True when the decision was made from the index's words at this open rather than read from its record.</summary>
    public bool DecidedFromVocabulary { get; }

    /// <param name="catalogs">The catalogs the lexicon is built from.</param>
    /// <param name="indexPath">The index folder (it may not exist yet).</param>
    /// <param name="analysisOf">Names an analyzer as the index records it (its fingerprint and the document layout).</param>
    /// <param name="decideAgain">Consult the index's words even when the recorded decision still fits (a <c>reindex</c>).</param>
    public static CorpusAnalysis Open(Catalogs catalogs, string indexPath, Func<CorpusAnalyzer, string> analysisOf, bool decideAgain = false)
    {
        var recorded = LastCommitData(indexPath);
        if (!decideAgain && LexiconDecision.Parse(recorded.GetValueOrDefault(SearchIndex.ChoicesKey)) is { } decision)
        {
            var fromRecord = new CorpusAnalysis(SearchLexicon.From(catalogs, decision.IsOrdinary), decision, false, analysisOf);
            if (fromRecord.Fingerprint == recorded.GetValueOrDefault(SearchIndex.AnalysisKey))
                return fromRecord;
            // The catalogs, the code or the layout changed: the index is rebuilt anyway, so the words are consulted.
            fromRecord.Analyzer.Dispose();
        }
        using var vocabulary = IndexVocabulary.Open(indexPath);
        var lexicon = SearchLexicon.From(catalogs, vocabulary.IsOrdinary);
        return new CorpusAnalysis(lexicon, LexiconDecision.Of(lexicon), true, analysisOf);
    }

    /// <summary>
    /// The generated spellings this analysis merges with names that <paramref name="index"/> now also holds as
    /// ordinary words (an import brought them after the decision): a <c>reindex</c> would refuse them. One term lookup
    /// each, so it is cheap enough for a status page.
    /// </summary>
    public IReadOnlyList<string> SpellingsNowOrdinary(SearchIndex index) => index.Use(searcher =>
        _lexicon.Generated.Kept.Keys
            .Where(spelling => IndexVocabulary.IsOrdinaryIn(searcher.IndexReader, spelling))
            .Order(StringComparer.Ordinal)
            .ToList());

    private static Dictionary<string, string> LastCommitData(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath))
            return [];
        using var directory = FSDirectory.Open(indexPath);
        if (!DirectoryReader.IndexExists(directory))
            return [];
        var infos = new SegmentInfos();
        infos.Read(directory);
        return new Dictionary<string, string>(infos.UserData, StringComparer.Ordinal);
    }
}
