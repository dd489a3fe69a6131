using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Core.Tests.Search.Analysis;

public sealed class SearchLexiconTests
{
    private static readonly EntityGazetteer Putin = new([new Entity("putin", Entity.Person, "فلاديمير بوتين", "Vladimir Putin", ["بوتين", "بوتن", "فلاديمير بوتين"], ["Putin", "Vladimir Putin"])]);

    [Fact]
    public void A_word_in_two_variant_groups_is_refused()
    {
        var variants = VariantGroups.Parse(["سوريا سورية", "سورية سوري"]);

        Assert.Throws<InvalidOperationException>(() => SearchLexicon.From(variants, Putin));
    }

    [Theory]
    [InlineData("وسوريه", "سوريا")]
    [InlineData("بسوريه", "سوريا")]
    [InlineData("وبسوريه", "سوريا")]
    [InlineData("سوريا", "سوريا")]
    public void Attached_conjunctions_and_prepositions_do_not_hide_a_variant(string word, string canonical)
    {
        var lexicon = SearchLexicon.From(VariantGroups.Parse(["سوريا سورية"]), Putin);

        Assert.Equal(canonical, lexicon.CanonicalSpelling(word));
    }

    [Fact]
    public void The_article_is_not_a_clitic_so_the_adjective_stays_apart_from_the_country()
    {
        var lexicon = SearchLexicon.From(VariantGroups.Parse(["سوريا سورية"]), Putin);

        Assert.Null(lexicon.CanonicalSpelling("السوريه"));
    }

    [Theory]
    [InlineData("بوتين")]
    [InlineData("لبوتين")]
    [InlineData("وبوتن")]
    public void Every_spelling_of_a_name_gets_its_English_token(string word)
    {
        var lexicon = SearchLexicon.From(VariantGroups.Parse(["بوتين بوتن"]), Putin);

        Assert.Equal("putin", lexicon.LatinAlias(word));
        Assert.Equal("بوتين", lexicon.NameForm(word));
    }

    [Fact]
    public void Only_one_word_aliases_become_tokens()
    {
        var lexicon = SearchLexicon.From(VariantGroups.Parse([]), Putin);

        Assert.Null(lexicon.LatinAlias("فلاديمير"));
    }
}
