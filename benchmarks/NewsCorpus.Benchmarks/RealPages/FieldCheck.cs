using System.Globalization;
using System.Text.Json;
using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Benchmarks.RealPages;

/// <summary>One field of one page checked against its expectation.</summary>
public sealed record FieldCheck(string Field, bool Passed, string Detail)
{
    /// <summary>No stored title may be longer than this, whatever the page.</summary>
    public const int MaxTitleLength = 150;

    public static IReadOnlyList<FieldCheck> All(RealPageExpectation expected, Article? article, string? refusal)
    {
        if (expected.Refused || article is null)
            return [new("refused", expected.Refused == (article is null), refusal ?? "imported")];
        var checks = new List<FieldCheck>
        {
            new("title", article.Title.Length <= MaxTitleLength && (expected.Title is null || expected.Title == article.Title),
                $"got «{article.Title}» ({article.Title.Length} chars)"),
        };
        if (expected.Date is { ValueKind: not JsonValueKind.Undefined } date)
        {
            var want = date.ValueKind == JsonValueKind.Null ? null : date.GetString();
            var got = article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            checks.Add(new("date", want == got, $"want {want ?? "none"}, got {got ?? "none"} ({article.DateSource}: {article.DateEvidence})"));
        }
        if (expected.Summit is { ValueKind: not JsonValueKind.Undefined } summit)
        {
            var want = summit.ValueKind == JsonValueKind.Null ? null : summit.GetString();
            checks.Add(new("summit", want == article.SummitId, $"want {want ?? "none"}, got {article.SummitId ?? "none"} ({article.SummitEvidence})"));
        }
        if (expected.Source is not null || expected.SourceIds is not null)
        {
            var written = expected.Source is null || expected.Source == article.Source;
            var ids = expected.SourceIds is null || expected.SourceIds.Order(StringComparer.Ordinal).SequenceEqual(article.SourceIds.Order(StringComparer.Ordinal));
            checks.Add(new("source", written && ids, $"got «{article.Source}» [{string.Join(",", article.SourceIds)}]"));
        }
        if (expected.BodyStartsWith is not null || expected.BodyContains is not null || expected.BodyExcludes is not null)
        {
            var body = article.Body;
            var missing = (expected.BodyContains ?? []).Where(s => !body.Contains(s, StringComparison.Ordinal)).ToList();
            var leaked = (expected.BodyExcludes ?? []).Where(s => body.Contains(s, StringComparison.Ordinal)).ToList();
            var starts = expected.BodyStartsWith is null || body.StartsWith(expected.BodyStartsWith, StringComparison.Ordinal);
            checks.Add(new("body", missing.Count == 0 && leaked.Count == 0 && starts && body.Length > 0,
                $"{(starts ? "" : $"starts «{Head(body)}»; ")}missing [{string.Join(" | ", missing)}]; leaked [{string.Join(" | ", leaked)}]"));
        }
        return checks;
    }

    private static string Head(string body) => body.Length <= 60 ? body : body[..60] + "…";

    public override string ToString() => $"{Field}: {(Passed ? "ok" : "WRONG")} — {Detail}";
}
