using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion.Sources;

namespace NewsCorpus.Core.Tests.Ingestion.Sources;

public sealed class SourceNameFinderTests
{
    private readonly SourceNameFinder _names = RepoCatalogs.SourceNames();

    [Theory]
    [InlineData("أ.ف.ب", "afp")]
    [InlineData("ا ف ب", "afp")]
    [InlineData("أ.ب", "ap")]
    [InlineData("د.ب.أ", "dpa")]
    [InlineData("واس", "spa")]
    [InlineData("وكالة الأنباء الكويتية", "kuna")]
    [InlineData("صحيفة الرياض", "alriyadh")]
    [InlineData("جريدة الحياة", "alhayat")]
    [InlineData("قناة العالم", "alalam")]
    [InlineData("صحيفة الجزيرة", "aljazirah")]
    [InlineData("الجزيرة", "aljazeera")]
    public void Names_and_their_written_forms_find_their_source(string name, string id) =>
        Assert.Equal([id], _names.IdsIn(name));

    [Theory]
    [InlineData("آب")]
    [InlineData("الرياض")]
    [InlineData("اليوم")]
    [InlineData("الحياة")]
    [InlineData("العالم")]
    [InlineData("قنا")]
    public void An_ordinary_word_or_city_is_not_an_outlet_without_an_outlet_word(string word)
    {
        Assert.False(_names.IsOnlySourceNames(word));
        Assert.Empty(_names.IdsIn(word));
    }

    [Fact]
    public void In_an_explicit_credit_a_common_word_names_its_outlet() =>
        Assert.Equal(["alhayat"], _names.IdsIn("الحياة", explicitCredit: true));

    [Fact]
    public void A_common_word_two_outlets_share_is_a_credit_that_names_neither()
    {
        var names = new SourceNameFinder(new SourceCatalog(
            [
                new NewsSource("watan-a", "الوطن", "Al Watan A", ["الوطن أ"]) { CommonWordAliases = ["الوطن"] },
                new NewsSource("watan-b", "الوطن", "Al Watan B", ["الوطن ب"]) { CommonWordAliases = ["الوطن"] },
            ],
            ["صحيفة"]));

        Assert.False(names.IsOnlySourceNames("الوطن"));
        Assert.True(names.IsOnlySourceNames("الوطن", explicitCredit: true));
        Assert.Empty(names.IdsIn("الوطن", explicitCredit: true));
    }

    [Theory]
    [InlineData("صحيفة الفجر الجديد")]
    [InlineData("وكالة أنباء الجنوب")]
    public void An_outlet_word_and_a_short_unknown_name_is_a_credit(string text)
    {
        Assert.True(_names.IsCredit(text));
        Assert.Empty(_names.IdsIn(text));
    }

    [Theory]
    [InlineData("موقع الانفجار في وسط المدينة كان مزدحما بالمارة")]
    [InlineData("قال المتحدث")]
    public void Other_text_is_not_a_credit(string text) => Assert.False(_names.IsCredit(text));

    [Fact]
    public void Common_words_come_from_the_catalog()
    {
        var catalog = new SourceCatalog(
            [new NewsSource("x", "الغد", "Al Ghad", ["الغد الأردنية"]) { CommonWordAliases = ["الغد"] }],
            ["صحيفة"]);
        var names = new SourceNameFinder(catalog);

        Assert.Empty(names.IdsIn("الغد"));
        Assert.Equal(["x"], names.IdsIn("صحيفة الغد"));
        Assert.Equal(["x"], names.IdsIn("الغد الأردنية"));
    }
}
