using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion.Dates;
using NewsCorpus.Core.Ingestion.Entities;
using NewsCorpus.Core.Ingestion.Html;
using NewsCorpus.Core.Ingestion.PageStructure;
using NewsCorpus.Core.Ingestion.Summits;
using NewsCorpus.Core.Search.Analysis;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>
/// Turns a decoded article file into an <see cref="Article"/>: a text file as it is, an HTML page as the text it shows
/// (<see cref="ArticleFormat"/>). Pure: no disk, no database.
/// </summary>
public sealed class ArticleParser : IArticleParser
{
    /// <param name="catalogs">The catalogs the rules read.</param>
    /// <param name="spellings">The spellings names are matched in, read from <paramref name="catalogs"/>.</param>
    public ArticleParser(Catalogs catalogs, SearchLexicon spellings)
    {
        _catalogs = catalogs;
        Fingerprint = $"article-parser-{Revision}:{catalogs.Fingerprint}";
        _structure = new(catalogs.Boilerplate, catalogs.Sources, catalogs.Calendar);
        _reading = new(catalogs.Entities.AttachedPrefixes, spellings);
        // Names are matched in every spelling the variants catalog and its transliteration rules give them.
        _entities = new(catalogs.Entities, spellings, _reading);
        _dates = new(catalogs.Calendar);
        _summits = new(catalogs.Summits, catalogs.Entities, catalogs.Calendar, spellings, _reading);
        _html = new(catalogs.Sources);
    }

    public ArticleParser(Catalogs catalogs) : this(catalogs, SearchLexicon.From(catalogs))
    {
    }

    /// <summary>Raise whenever a parsing rule changes what comes out of a file, so stored articles are parsed again.</summary>
    private const int Revision = 7;

    /// <summary>The rules and catalogs this parser applies; a store parsed with another fingerprint is out of date.</summary>
    public string Fingerprint { get; }

    private readonly Catalogs _catalogs;
    private readonly ArticleStructureParser _structure;
    // Entities and summits read words alike (the gazetteer's proclitics, the lexicon's spellings): each unit is read
    // once for both (UnitReadings), each matcher looking only at the words that may start its own phrases.
    private readonly WordStems _reading;
    private readonly EntityTagger _entities;
    private readonly DateExtractor _dates;
    private readonly SummitClassifier _summits;
    private readonly HtmlArticleText _html;

    public Article Parse(string fileName, string contentHash, DecodedText decoded) => Parse(fileName, contentHash, decoded, null);

    /// <summary>Parses as above and adds the time each step took to <paramref name="times"/> (a profile's; null reads no clock).</summary>
    public Article Parse(string fileName, string contentHash, DecodedText decoded, ParseStepTimes? times)
    {
        times?.Begin();
        var original = decoded.Text ?? throw new ArgumentException("Cannot parse a refused file.", nameof(decoded));
        // An HTML page is read as the text it shows; the page itself stays the original, for display and reparsing.
        // The HTML reader has decoded the page's character references once already.
        var cleaned = ArticleFormat.IsHtml(fileName, original) ? TextCleaner.CleanDecoded(_html.Convert(original)) : TextCleaner.Clean(original);
        times?.End(ParseStep.Clean);
        var structure = _structure.Parse(cleaned);
        times?.End(ParseStep.Structure);
        var text = ArticleText.From(structure, _catalogs.Boilerplate);
        times?.End(ParseStep.ArticleText);
        var readings = new UnitReadings(_reading);
        var entities = _entities.Tag(text, readings);
        times?.End(ParseStep.Entities);
        var clues = _dates.FindClues(text);
        times?.End(ParseStep.DateClues);
        var summit = _summits.Classify(text, entities, clues, readings);
        times?.End(ParseStep.Summit);
        // A look back at a summit is dated by its own clues, never by the summit's days.
        var date = DateExtractor.Extract(clues, summit is null || summit.LooksBack ? null : _catalogs.Summits.Find(summit.SummitId));
        times?.End(ParseStep.Date);
        return new Article
        {
            Id = ArticleId.FromFileName(fileName),
            FileName = fileName,
            ContentHash = contentHash,
            Encoding = decoded.EncodingName!,
            Title = structure.Title.Length > 0 ? structure.Title : LeadTitle.Shorten(fileName),
            Dateline = structure.Dateline,
            Byline = structure.Byline,
            Source = structure.Source,
            SourceIds = structure.SourceIds,
            Captions = structure.Captions,
            Paragraphs = structure.Paragraphs,
            Date = date?.Date,
            DateSource = date?.Source,
            DateConfidence = date?.Confidence ?? 0,
            DateEvidence = date?.Evidence,
            SummitId = summit?.SummitId,
            SummitConfidence = summit?.Confidence ?? 0,
            SummitEvidence = summit?.Evidence,
            Entities = entities,
            OriginalText = original,
        };
    }
}
