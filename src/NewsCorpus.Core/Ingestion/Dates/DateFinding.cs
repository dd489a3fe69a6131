namespace NewsCorpus.Core.Ingestion.Dates;

/// <summary>An article's date with where it came from (caption, text, published, summit), how sure (0..1), and the evidence.</summary>
public sealed record DateFinding(DateOnly Date, string Source, double Confidence, string Evidence)
{
    /// <summary>True when no date was written for this day and it was taken from the summit.</summary>
    public bool IsInferred => Source == DateSources.Summit;
}

/// <summary>The summit an article reports on, how sure (0..1), and the evidence weighed.</summary>
public sealed record SummitFinding(string SummitId, double Confidence, string Evidence)
{
    /// <summary>True when the article looks back at the summit from later: its date is its own, not the summit's.</summary>
    public bool LooksBack { get; init; }
}
