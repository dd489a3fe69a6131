using System.Text.Json;

namespace NewsCorpus.Benchmarks.RealPages;

/// <summary>
/// What a page must come out as. A field left out is not checked; <c>"date": null</c> or <c>"summit": null</c> written
/// out means the page must get none (a wrong guess is worse than none).
/// </summary>
public sealed record RealPageExpectation
{
    /// <summary>What kind of page this is and why it is here (for the reader; not checked).</summary>
    public string About { get; init; } = "";
    public string? Title { get; init; }
    // Not nullable: a JSON null must arrive as a Null element (the page must get none); left out, it stays Undefined.
    public JsonElement Date { get; init; }
    public JsonElement Summit { get; init; }
    /// <summary>The credit as written (<see cref="NewsCorpus.Core.Ingestion.Article.Source"/>).</summary>
    public string? Source { get; init; }
    /// <summary>Catalog ids of the outlets credited, in any order.</summary>
    public IReadOnlyList<string>? SourceIds { get; init; }
    public string? BodyStartsWith { get; init; }
    public IReadOnlyList<string>? BodyContains { get; init; }
    /// <summary>Text that must not be in the body (page furniture, captions, related stories).</summary>
    public IReadOnlyList<string>? BodyExcludes { get; init; }
    /// <summary>True when the file must be refused by the importer (and then nothing else is checked).</summary>
    public bool Refused { get; init; }
}
