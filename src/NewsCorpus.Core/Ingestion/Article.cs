namespace NewsCorpus.Core.Ingestion;

/// <summary>One news article as parsed from its file: the unit stored in SQLite and indexed in Lucene.</summary>
public sealed record Article
{
    /// <summary>Stable id derived from the file name, so a changed file keeps its id.</summary>
    public required string Id { get; init; }
    public required string FileName { get; init; }
    /// <summary>SHA-256 of the raw bytes: an unchanged file is skipped on re-import.</summary>
    public required string ContentHash { get; init; }
    /// <summary>Name of the encoding the file was decoded from.</summary>
    public required string Encoding { get; init; }
    public required string Title { get; init; }
    public string? Dateline { get; init; }
    /// <summary>The author's credit above the article (<c>كتب: محمد علي</c>), as written.</summary>
    public string? Byline { get; init; }
    /// <summary>The source as the article names it, e.g. <c>الجزيرة + وكالات</c>.</summary>
    public string? Source { get; init; }
    /// <summary>Ids from <c>data/sources.json</c> of the outlets and agencies in <see cref="Source"/>.</summary>
    public IReadOnlyList<string> SourceIds { get; init; } = [];
    /// <summary>Body paragraphs, cleaned, without title, captions or boilerplate.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public IReadOnlyList<string> Captions { get; init; } = [];
    public DateOnly? Date { get; init; }
    /// <summary>Where the date came from: caption, text, published, summit.</summary>
    public string? DateSource { get; init; }
    public double DateConfidence { get; init; }
    public string? DateEvidence { get; init; }
    public string? SummitId { get; init; }
    public double SummitConfidence { get; init; }
    public string? SummitEvidence { get; init; }
    /// <summary>Ids of the gazetteer entities the article mentions.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];
    /// <summary>Fields an editor corrected (see <c>ArticleOverrides</c>); their values above are the corrections.</summary>
    public IReadOnlyList<string> CorrectedFields { get; init; } = [];
    /// <summary>The decoded file exactly as imported, kept for display and audit.</summary>
    public required string OriginalText { get; init; }

    /// <summary>The body as one text, paragraphs separated by blank lines.</summary>
    public string Body => string.Join("\n\n", Paragraphs);
}
