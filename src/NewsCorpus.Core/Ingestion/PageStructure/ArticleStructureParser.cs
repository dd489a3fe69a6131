using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion.Dates;
using NewsCorpus.Core.Ingestion.Sources;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Splits cleaned article text into its <see cref="ArticleStructure"/> the way an editor reads the page:
/// the title line (or, on a page without one, the lead of its first paragraph); then, before the first paragraph,
/// captions, a byline, a date stamp, a dateline and an echo of the title, in any order; then body paragraphs, with
/// the source line, captions, "published on" stamps and page furniture taken out, and blocks of related stories and
/// the comment section dropped whole. Each line is one unit: headings inside the body stay paragraphs. Pure.
/// </summary>
public sealed class ArticleStructureParser
{
    private readonly CommentSection _comments;
    private readonly RelatedBlockFilter _related;
    private readonly InlineChrome _inlineChrome;
    private readonly PageFurniture _furniture;
    private readonly BoilerplateFilter _boilerplate;
    private readonly SourceLineParser _sourceLines;
    private readonly CaptionDetector _captions;
    private readonly DatelineDetector _datelines;
    private readonly BylineDetector _bylines;
    private readonly DateOnlyLine _dateStamps;
    private readonly TitleLine _titles;

    public ArticleStructureParser(BoilerplatePhrases boilerplate, SourceCatalog sources, CalendarNames calendar)
    {
        var sourceNames = new SourceNameFinder(sources);
        _comments = new CommentSection(boilerplate);
        _related = new RelatedBlockFilter(boilerplate);
        _inlineChrome = new InlineChrome(boilerplate);
        _dateStamps = new DateOnlyLine(calendar);
        _furniture = new PageFurniture(boilerplate, _dateStamps);
        _boilerplate = new BoilerplateFilter(boilerplate);
        _sourceLines = new SourceLineParser(boilerplate, sourceNames);
        _captions = new CaptionDetector(boilerplate, sourceNames);
        _datelines = new DatelineDetector(sourceNames);
        _bylines = new BylineDetector(boilerplate);
        _titles = new TitleLine(boilerplate);
    }

    public ArticleStructure Parse(string cleanedText)
    {
        var lines = cleanedText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(_inlineChrome.Strip)
            .Where(line => line.Length > 0)
            .ToList();
        var page = new PageParts();
        var furniture = _furniture.Read();
        foreach (var line in _related.RemoveFrom(_comments.Cut(lines)))
        {
            if (furniture.Skips(line, page.InBody))
                continue;
            if (_boilerplate.IsPublishedLine(line))
                page.PublishedLines.Add(line);
            else if (_sourceLines.Parse(line) is { } source)
                page.SourceLine ??= source;
            else if (_captions.IsCaption(line))
                page.Captions.Add(line);
            else if (page.FirstLine is { } first)
                ReadAfterFirst(page, first, line);
            else if (page.Title is null)
                ReadFirst(page, line);
            else if (!page.InBody)
                ReadTop(page, line);
            else
                page.AddParagraph(line, _sourceLines);
        }
        if (page.FirstLine is { } only)
            StartWithParagraph(page, only);
        return page.ToStructure();
    }

    // The first line of text is the title, unless it is a date stamp or an outlet's dateline above the title
    // ("عين اليوم – الرياض"). A first line that reads as a paragraph waits for the next one to decide.
    private void ReadFirst(PageParts page, string line)
    {
        if (_dateStamps.Is(line))
            page.PublishedLines.Add(line);
        else if (page.Dateline is null && _datelines.ReadLine(line) is { Agency: not null } dateline)
            page.Dateline = dateline;
        else if (!LeadTitle.IsParagraph(line))
            page.Title = _titles.Clean(line);
        else
            page.FirstLine = line;
    }

    // A paragraph-like first line followed by a lead that repeats it and goes on was the title line after all; else
    // the page has no title line: the first paragraph is body, and its lead sentence the title.
    private void ReadAfterFirst(PageParts page, string first, string line)
    {
        page.FirstLine = null;
        if (TitleEcho.Extends(first, line))
        {
            page.Title = _titles.Clean(first);
            ReadTop(page, line);
            return;
        }
        StartWithParagraph(page, first);
        page.AddParagraph(line, _sourceLines);
    }

    private void StartWithParagraph(PageParts page, string first)
    {
        var paragraph = StartBody(page, first);
        page.Title = LeadTitle.FromParagraph(paragraph);
        page.AddParagraph(paragraph, _sourceLines);
    }

    // Between the title and the first paragraph: a byline, a date stamp, a dateline line, an echo of the title,
    // or the first paragraph, which may itself open with the dateline.
    private void ReadTop(PageParts page, string line)
    {
        if (page.Byline is null && _bylines.IsByline(line))
        {
            page.Byline = line;
            // "رصد وتصوير: أحمد حجازي – عين اليوم": a byline may name the reporter's outlet.
            if (_datelines.ReadLine(line) is { Agency: { } outlet } credit)
                page.BylineCredit = new SourceLine(outlet, credit.AgencyIds);
        }
        else if (_dateStamps.Is(line))
            page.PublishedLines.Add(line);
        else if (page.Dateline is null && (_datelines.ReadLine(line) ?? _datelines.ReadDated(line)) is { } dateline)
            page.Dateline = dateline;
        else if (!TitleEcho.Repeats(page.Title!, line))
            page.AddParagraph(StartBody(page, line), _sourceLines);
    }

    private string StartBody(PageParts page, string line)
    {
        page.InBody = true;
        if (page.Dateline is null && _datelines.SplitLeading(line) is var (leading, rest))
        {
            page.Dateline = leading;
            return rest;
        }
        return line;
    }

    private sealed class PageParts
    {
        public string? Title { get; set; }
        // A first line that reads as a paragraph, until the next line says whether it was the title line.
        public string? FirstLine { get; set; }
        public Dateline? Dateline { get; set; }
        public string? Byline { get; set; }
        public SourceLine? SourceLine { get; set; }
        public SourceLine? BylineCredit { get; set; }
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

        // The source line names the source; failing that, the agency in the dateline or byline, then a paragraph's credit.
        public ArticleStructure ToStructure()
        {
            var datelineCredit = Dateline?.Agency is { } agency ? new SourceLine(agency, Dateline.AgencyIds) : null;
            var credit = SourceLine ?? datelineCredit ?? BylineCredit ?? ParagraphCredit;
            return new()
            {
                Title = Title ?? "",
                Dateline = Dateline?.Text,
                Byline = Byline,
                Source = credit?.Name,
                SourceIds = credit?.Ids ?? [],
                Captions = Captions,
                Paragraphs = Paragraphs,
                PublishedLines = PublishedLines,
            };
        }
    }
}
