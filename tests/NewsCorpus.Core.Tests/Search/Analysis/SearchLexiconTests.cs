using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Search.Analysis;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Search.Analysis;

public sealed class SearchLexiconTests
{
    private static readonly EntityGazetteer Putin = new([new Entity("putin", Entity.Person, "فلاديمير بوتين", "Vladimir Putin", ["بوتين", "بوتن", "فلاديمير بوتين"], ["Putin", "Vladimir Putin"])]);

    [Fact]
    public void A_word_in_two_variant_groups_is_refused()
    {
        var variants = VariantGroups.Parse(["سوريا سورية", "سورية سوري"]);

        Assert.Throws<CatalogException>(() => SearchLexicon.From(variants, Putin));
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

    [Theory]
    [InlineData("وسوريه")]
    [InlineData("لبوتين")]
    [InlineData("وبوتن")]
    public void A_word_with_an_entry_behind_its_clitics_may_have_one(string word)
    {
        var lexicon = SearchLexicon.From(VariantGroups.Parse(["سوريا سورية", "بوتين بوتن"]), Putin);

        Assert.True(lexicon.MayHaveEntry(word));
    }

    [Fact]
    public void Every_word_of_the_sample_articles_said_to_have_no_entry_has_none()
    {
        var lexicon = SearchLexicon.From(Ingestion.RepoCatalogs.Catalogs);
        var words = Directory.EnumerateFiles(Path.Combine(RepoRoot.Find(), "data", "articles"))
            .SelectMany(file => File.ReadAllText(file).Split((char[])[' ', '\n', '\r', '\t', '،', '.', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .Select(ArabicNormalizer.Normalize)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var withEntries = words.Where(w => lexicon.NameForm(w) is not null || lexicon.CanonicalSpelling(w) is not null || lexicon.LatinAlias(w) is not null).ToList();
        Assert.NotEmpty(withEntries);
        Assert.All(withEntries, w => Assert.True(lexicon.MayHaveEntry(w), w));
        Assert.Contains(words, w => !lexicon.MayHaveEntry(w));
    }

    [Fact]
    public void Only_one_word_aliases_become_tokens()
    {
        var lexicon = SearchLexicon.From(VariantGroups.Parse([]), Putin);

        Assert.Null(lexicon.LatinAlias("فلاديمير"));
    }

    private static Summit SummitAt(string id, string cityAr, string cityEn, IReadOnlyList<string> placeAliases,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? otherPlaces = null, IReadOnlyList<string>? ambiguous = null) =>
        new(id, "", "", "bilateral", cityAr, cityEn, "", "", new DateOnly(2025, 8, 15), new DateOnly(2025, 8, 15),
            new DateOnly(2025, 8, 15), [], placeAliases, [], otherPlaces, ambiguous);

    private static SearchLexicon WithSummits(params Summit[] summits) =>
        SearchLexicon.From(VariantGroups.Parse([]), Putin, new SummitCatalog(summits, [new Forum("bilateral", "", "", [])]));

    [Theory]
    [InlineData("أنكوريج", "anchorage")]
    [InlineData("وانكوراج", "anchorage")]
    [InlineData("ألاسكا", "alaska")]
    [InlineData("بالاسكا", "alaska")]
    public void Summit_places_get_their_own_English_token(string word, string latin)
    {
        var lexicon = WithSummits(SummitAt("alaska-2025", "أنكوريج", "Anchorage", ["أنكوريج", "انكوراج", "ألاسكا", "الاسكا", "Anchorage", "Alaska"],
            new Dictionary<string, IReadOnlyList<string>> { ["Alaska"] = ["ألاسكا", "الاسكا"] }));

        Assert.Equal(latin, lexicon.LatinAlias(ArabicNormalizer.Normalize(word)));
    }

    [Fact]
    public void A_city_written_in_two_words_pairs_only_through_its_one_word_alias()
    {
        var lexicon = WithSummits(
            SummitAt("apec-2017-da-nang", "دا نانغ", "Da Nang", ["دا نانغ", "دانانغ", "Da Nang", "Danang"]),
            SummitAt("g8-2013-lough-erne", "لوخ إيرن", "Lough Erne", ["لوخ إيرن", "Lough Erne"]));

        Assert.Equal("danang", lexicon.LatinAlias("دانانغ"));
        Assert.Null(lexicon.LatinAlias("لوخ"));
    }

    [Fact]
    public void Ambiguous_place_words_and_words_two_summits_name_differently_are_not_paired()
    {
        var lexicon = WithSummits(
            SummitAt("sochi-2008", "سوتشي", "Sochi", ["سوتشي", "سوشي"], ambiguous: ["سوشي"]),
            SummitAt("one", "مدينه", "Alpha", ["مدينه"]),
            SummitAt("two", "مدينه", "Beta", ["مدينه"]));

        Assert.Equal("sochi", lexicon.LatinAlias("سوتشي"));
        Assert.Null(lexicon.LatinAlias("سوشي"));
        Assert.Null(lexicon.LatinAlias("مدينه"));
    }
}
