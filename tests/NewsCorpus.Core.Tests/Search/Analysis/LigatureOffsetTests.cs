using Lucene.Net.Index;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search.Analysis;

/// <summary>
/// A ligature standing for several words (<c>ﷺ</c> is <c>صلى الله عليه وسلم</c>) made the char filter's offsets
/// run past the text and end before they started: "startOffset must be non-negative" on every page showing it.
/// </summary>
public sealed class LigatureOffsetTests
{
    private static IEnumerable<char> PresentationForms()
    {
        for (var c = '\uFB50'; c <= '\uFDFF'; c++)
            yield return c;
        for (var c = '\uFE70'; c <= '\uFEFC'; c++)
            yield return c;
    }

    [Fact]
    public void Every_word_of_a_ligature_points_at_the_ligature()
    {
        var tokens = AnalyzedTokens.Of("قال ﷺ اليوم");

        var inside = tokens.Where(t => t.Start >= 4 && t.End <= 5).ToList();
        Assert.True(inside.Count >= 3, string.Join(", ", tokens));
        Assert.Contains(tokens, t => t.Start == 6 && t.End == 11);
    }

    [Fact]
    public void Offsets_after_many_ligatures_still_point_at_the_following_word()
    {
        var text = string.Concat(Enumerable.Repeat("ﷺ ﷻ ", 50)) + "جنيف";

        var last = AnalyzedTokens.Of(text).Last();

        Assert.Equal("جنيف", text[last.Start..last.End]);
    }

    [Fact]
    public void Every_presentation_form_keeps_offsets_inside_the_text_and_in_order()
    {
        foreach (var form in PresentationForms())
        {
            var text = $"ا{form}{form} ب{form}";
            var previousStart = 0;
            foreach (var (_, start, end) in AnalyzedTokens.Of(text))
            {
                Assert.True(start >= previousStart && end >= start && end <= text.Length,
                    $"U+{(int)form:X4}: token at {start}..{end} after one at {previousStart} in a text of {text.Length}");
                previousStart = start;
            }
        }
    }

    [Fact]
    public void A_word_of_a_ligature_marks_the_ligature_in_a_snippet()
    {
        var terms = AnalyzedTokens.Of("وسلم").Select(t => new Term(IndexFields.Body, t.Term)).ToHashSet();

        var snippet = new SnippetBuilder(AnalyzedTokens.Corpus).MarkAll("قال ﷺ اليوم", terms);

        Assert.Equal(["ﷺ"], snippet.Parts.Where(p => p.IsMatch).Select(p => p.Text));
    }
}
