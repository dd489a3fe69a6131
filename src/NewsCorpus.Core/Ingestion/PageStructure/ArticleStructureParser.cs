using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion.Dates;
using NewsCorpus.Core.Ingestion.Sources;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Splits cleaned article text into its <see cref="ArticleStructure"/> the way an editor reads the page:
/// title first; then, before the first paragraph, captions, a byline, a date stamp, a dateline and an echo of
/// the title, in any order; then body
/// paragraphs, with the source line, captions, "published on" stamps and page chrome taken out, and blocks of
/// related stories dropped whole. Each line is one unit: headings inside the body stay paragraphs. Pure.
/// </summary>
public sealed class ArticleStructureParser
{
    private const int MaxFollowUpLineWords = 25;

    private readonly RelatedBlockFilter _related;
    private readonly BoilerplateFilter _boilerplate;
    private readonly ChromeLine _chrome;
    private readonly SourceLineParser _sourceLines;
    private readonly CaptionDetector _captions;
    private readonly DatelineDetector _datelines;
    private readonly BylineDetector _bylines;
    private readonly DateOnlyLine _dateStamps;

    public ArticleStructureParser(BoilerplatePhrases boilerplate, SourceCatalog sources, CalendarNames calendar)
    {
        var sourceNames = new SourceNameFinder(sources);
        _related = new RelatedBlockFilter(boilerplate);
        _boilerplate = new BoilerplateFilter(boilerplate);
        _chrome = new ChromeLine(boilerplate);
        _sourceLines = new SourceLineParser(boilerplate, sourceNames);
        _captions = new CaptionDetector(boilerplate, sourceNames);
        _datelines = new DatelineDetector(sourceNames);
        _bylines = new BylineDetector(boilerplate);
        _dateStamps = new DateOnlyLine(calendar);
    }

    public ArticleStructure Parse(string cleanedText)
    {
        var lines = cleanedText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var page = new PageParts();
        var skipFollowUp = false;
        foreach (var line in _related.RemoveFrom(lines))
        {
            // The line after "تابعونا عبر واتس أب :" is the number or link it announces.
            if (skipFollowUp)
            {
                skipFollowUp = false;
                if (LineShape.WordCount(line) <= MaxFollowUpLineWords)
                    continue;
            }
            if (_boilerplate.IsFollowUs(line))
            {
                skipFollowUp = BoilerplateFilter.PointsAtNextLine(line);
                continue;
            }
            if (BoilerplateFilter.IsBareUrl(line) || BoilerplateFilter.IsPhoneLine(line) || _chrome.Is(line))
                continue;
            if (_boilerplate.IsPublishedLine(line))
                page.PublishedLines.Add(line);
            else if (_sourceLines.Parse(line) is { } source)
                page.SourceLine ??= source;
            else if (_captions.IsCaption(line))
                page.Captions.Add(line);
            else if (page.Title is null)
                page.Title = line;
            else if (!page.InBody)
                ReadTop(page, line);
            else
                page.AddParagraph(line, _sourceLines);
        }
        return page.ToStructure();
    }

    // Between the title and the first paragraph: a byline, a date stamp, a dateline line, an echo of the title,
    // or the first paragraph, which may itself open with the dateline.
    private void ReadTop(PageParts page, string line)
    {
        if (page.Byline is null && _bylines.IsByline(line))
        {
            page.Byline = line;
            return;
        }
        if (_dateStamps.Is(line))
        {
            page.PublishedLines.Add(line);
            return;
        }
        if (page.Dateline is null && _datelines.ReadLine(line) is { } dateline)
        {
            page.Dateline = dateline;
            return;
        }
        if (TitleEcho.Repeats(page.Title!, line))
            return;
        page.InBody = true;
        if (page.Dateline is null && _datelines.SplitLeading(line) is var (leading, rest))
        {
            page.Dateline = leading;
            line = rest;
        }
        page.AddParagraph(line, _sourceLines);
    }

    private sealed class PageParts
    {
        public string? Title { get; set; }
        public Dateline? Dateline { get; set; }
        public string? Byline { get; set; }
        public SourceLine? SourceLine { get; set; }
        // "... (أ ف ب)" closing a paragraph: the wire's own credit, used when nothing else names the source.
        public SourceLine? ParagraphCredit { get; private set; }
        public bool InBody { get; set; }
        public List<string> Captions { get; } = [];
        public List<string> Paragraphs { get; } = [];
        public List<string> PublishedLines { get; } = [];

        public void AddParagraph(string line, SourceLineParser sourceLines)
        {
            Paragraphs.Add(line);
            ParagraphCredit ??= sourceLines.TrailingCredit(line);
        }

        // The source line names the source; failing that, the agency in the dateline, then a paragraph's credit.
        public ArticleStructure ToStructure() => new()
        {
            Title = Title ?? "",
            Dateline = Dateline?.Text,
            Byline = Byline,
            Source = SourceLine?.Name ?? Dateline?.Agency ?? ParagraphCredit?.Name,
            SourceIds = SourceLine?.Ids ?? Dateline?.AgencyIds ?? ParagraphCredit?.Ids ?? [],
            Captions = Captions,
            Paragraphs = Paragraphs,
            PublishedLines = PublishedLines,
        };
    }
}
