using NewsCorpus.Benchmarks.Pathological;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Ingestion.PageStructure;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Text;

/// <summary>
/// Inputs that made text handling quadratic (issue 11): the benchmark's shapes (`pathological`) and the cases the
/// issue measured. Linear, each runs in milliseconds; before, 64 KB of dots took minutes in the parser, so a hang
/// here is the failure. The figures per MB are the benchmark's business, not these tests'.
/// </summary>
public sealed class PathologicalInputTests
{
    private const int Size = 64 * 1024;

    // One set of steps (catalogs, analyzer, parser) for every shape: building them is the slow part.
    private static readonly Lazy<TextSteps> Steps = new(() => new TextSteps());

    public static TheoryData<string> Shapes() => [.. PathologicalShape.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_text_step_gets_through_64_KB_of_each_pathological_shape(string name)
    {
        var steps = Steps.Value;
        var input = steps.Prepare(PathologicalShape.All.Single(s => s.Name == name).Build(Size));

        var outputs = steps.All.Select(step => step.Run(input)).ToList();

        Assert.Equal(steps.All.Count, outputs.Count);
    }

    [Fact]
    public void A_long_run_of_dots_between_letters_is_dropped_as_one_break()
    {
        var text = "قال" + new string('.', 1_000_000) + "وقال";

        Assert.Equal("قالوقال", ArabicNormalizer.Normalize(text));
    }

    [Fact]
    public void A_long_run_of_dots_ending_in_a_space_is_kept_whole()
    {
        var text = "قال" + new string('.', 100_000) + " وقال";

        Assert.Equal(text.Length, ArabicNormalizer.Normalize(text).Length);
    }

    [Fact]
    public void Dots_of_two_kinds_side_by_side_are_judged_by_what_stands_beyond_their_own_run()
    {
        // The "." run is closed by "·" on the right, and the "·" run by "." on the left: neither touches two letters.
        Assert.Equal("ا..··ب", ArabicNormalizer.Normalize("ا..··ب"));
        Assert.Equal("اب", ArabicNormalizer.Normalize("اـ.ـ.ـب"));
    }

    [Fact]
    public void An_article_of_many_lines_numbers_its_paragraphs_in_one_pass()
    {
        var paragraphs = Enumerable.Range(0, 20_000).Select(i => $"سطر رقم {i}").ToArray();

        var text = ArticleText.From(new ArticleStructure { Title = "عنوان", Paragraphs = paragraphs }, Ingestion.RepoCatalogs.Catalogs.Boilerplate);

        var units = text.Units.Where(u => u.Part == TextPart.Paragraph).ToList();
        Assert.Equal(Enumerable.Range(0, units.Count), units.Select(u => u.IndexInPart));
        Assert.Equal(Enumerable.Range(0, text.Units.Count), text.Units.Select(u => u.Position));
    }

    [Fact]
    public void A_long_run_of_unicode_spaces_after_a_month_becomes_one_space()
    {
        var text = "وقال في 5 سبتمبر" + string.Concat(Enumerable.Repeat("\u2003\u3000\u2009", 50_000)) + "عام 2016";

        Assert.Equal("وقال في 5 سبتمبر عام 2016", TextCleaner.Clean(text));
    }

    [Theory]
    [InlineData("أ\u2028ب", "أ\nب")]
    [InlineData("أ\u2029ب", "أ\nب")]
    [InlineData("أ\u000Bب", "أ\nب")]
    [InlineData("أ\u202Fب", "أ ب")]
    [InlineData("أ\u1680ب", "أ ب")]
    public void Line_separators_break_lines_and_other_spaces_are_spaces(string text, string cleaned) =>
        Assert.Equal(cleaned, TextCleaner.Clean(text));
}
