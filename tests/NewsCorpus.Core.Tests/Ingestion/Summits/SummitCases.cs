using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Ingestion.Dates;
using NewsCorpus.Core.Ingestion.Entities;
using NewsCorpus.Core.Ingestion.Summits;

namespace NewsCorpus.Core.Tests.Ingestion.Summits;

/// <summary>The summit classifier over the shipped catalogs, run on text built by hand.</summary>
internal static class SummitCases
{
    public static readonly SummitClassifier Classifier = new(RepoCatalogs.Catalogs.Summits, RepoCatalogs.Catalogs.Entities, RepoCatalogs.Catalogs.Calendar);
    private static readonly EntityTagger Tagger = new(RepoCatalogs.Catalogs.Entities);
    private static readonly DateExtractor Dates = new(RepoCatalogs.Catalogs.Calendar);

    public static SummitFinding? Classify(ArticleText text) => Classifier.Classify(text, Tagger.Tag(text), Dates.FindClues(text));

    public static SummitFinding? Classify(string title, string[] paragraphs, string[]? captions = null) =>
        Classify(RepoCatalogs.Text(title, paragraphs, captions));
}
