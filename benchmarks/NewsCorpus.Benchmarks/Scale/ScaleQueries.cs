namespace NewsCorpus.Benchmarks.Scale;

/// <summary>
/// One class of query, as each engine is asked it. The stock engines have no dates, so the filtered class runs
/// its words alone there; the misspelled class finds nothing in them (NewsCorpus offers "did you mean").
/// </summary>
internal sealed record ScaleQuery(string Name, string Text, int? Year, string Fts5Match, string LuceneQuery);

internal static class ScaleQueries
{
    /// <summary>In nearly every made-up article (35 of the sample articles' 154 lines name him).</summary>
    public const string CommonWord = "بوتين";

    /// <summary>A year both the made-up dates and the real corpus (2015) hold.</summary>
    public const int FilterYear = 2015;

    public static readonly IReadOnlyList<ScaleQuery> All =
    [
        new("common word", CommonWord, null, CommonWord, CommonWord),
        new("two words", "بوتين أوباما", null, "بوتين أوباما", "بوتين أوباما"),
        new("phrase", "\"الأزمة السورية\"", null, "\"الأزمة السورية\"", "\"الأزمة السورية\""),
        // In 43 of the real corpus's 29,983 files and in no sample line.
        new("selective word", "الزلزال", null, "الزلزال", "الزلزال"),
        new("prefix", "ماليز*", null, "ماليز*", "ماليز*"),
        new("common + year", CommonWord, FilterYear, CommonWord, CommonWord),
        new("misspelled", "بوتبن", null, "بوتبن", "بوتبن"),
    ];
}
