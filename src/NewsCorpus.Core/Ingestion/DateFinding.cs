namespace NewsCorpus.Core.Ingestion;

/// <summary>An article's date with where it came from (caption, text, published, summit), how sure, and the evidence.</summary>
public sealed record DateFinding(DateOnly Date, string Source, double Confidence, string Evidence);

/// <summary>The summit an article reports on, how sure, and the evidence weighed.</summary>
public sealed record SummitFinding(string SummitId, double Confidence, string Evidence);
