using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search.Analysis;

/// <summary>
/// The char filter reads a field's text without copying it and leaves it as it is until the first character it
/// repairs: wherever that character is, the tokens and their offsets are those of the same words analysed alone,
/// moved by what precedes them, and a field's string is analysed as a reader over it is.
/// </summary>
public sealed class RepairedTextTests
{
    // One of each kind of repair: harakat, tatweel with a dot, a bare dot, a presentation form, a folded letter,
    // Arabic-Indic digits, a zero-width joiner inside a word.
    public static TheoryData<string> Repairs => new()
    {
        "مُحَمَّد",
        "الأمـ.ـن",
        "مقد.متها",
        "\uFEDF\uFEE0\uFE8E\uFED7\uFE8E\uFE93",
        "ڤلاديمير",
        "٢٠١٦",
        "بو\u200Dتين",
    };

    [Theory]
    [MemberData(nameof(Repairs))]
    public void A_repair_at_the_start_in_the_middle_or_at_the_end_gives_the_tokens_of_its_words_alone(string repaired)
    {
        const string clean = "قال الرئيس في جنيف ";
        var alone = Tokens(repaired);

        foreach (var (text, offset) in new[] { (repaired + " " + clean, 0), (clean + repaired + " " + clean, clean.Length), (clean + repaired, clean.Length) })
        {
            var tokens = Tokens(text);
            var moved = alone.Select(t => (t.Term, t.Start + offset, t.End + offset)).ToList();
            Assert.True(tokens.Intersect(moved).Count() == moved.Count, $"{text}: {string.Join(", ", tokens)} lacks {string.Join(", ", moved)}");
            Assert.All(tokens, t => Assert.True(t.End <= text.Length && t.Start <= t.End, $"{text}: {t}"));
        }
    }

    [Theory]
    [MemberData(nameof(Repairs))]
    [InlineData("قال الرئيس في جنيف")]
    [InlineData("")]
    public void A_field_string_is_analysed_as_a_reader_over_it_is(string text)
    {
        foreach (var field in new[] { IndexFields.Body, IndexFields.Surface })
            Assert.Equal(AnalyzedTokens.Of(text, field), Tokens(text, field));
    }

    private static List<(string Term, int Start, int End)> Tokens(string text, string field = IndexFields.Body) =>
        AnalyzedTokens.OfFieldValue(text, field);
}
