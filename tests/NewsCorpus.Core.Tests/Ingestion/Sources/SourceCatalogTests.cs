using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion.Sources;

namespace NewsCorpus.Core.Tests.Ingestion.Sources;

/// <summary>The outlets of data/sources.json: what a reader of Arabic news meets, each findable by the names pages use.</summary>
public sealed class SourceCatalogTests
{
    private static readonly SourceCatalog Catalog = RepoCatalogs.Catalogs.Sources;

    // The 22 members of the Arab League.
    private static readonly string[] Kinds = ["agency", "channel", "paper", "site"];

    private static readonly string[] ArabStates =
        ["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE"];

    [Fact]
    public void The_catalog_holds_at_least_120_outlets_each_with_both_names_and_aliases()
    {
        Assert.True(Catalog.Sources.Count >= 120, $"{Catalog.Sources.Count} sources");
        Assert.All(Catalog.Sources, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.NameAr), s.Id);
            Assert.False(string.IsNullOrWhiteSpace(s.NameEn), s.Id);
            Assert.True(s.Aliases.Count + s.CommonWordAliases.Count > 0, s.Id);
            Assert.Contains(s.Kind, Kinds);
        });
        Assert.Equal(Catalog.Sources.Count, Catalog.Sources.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_arab_state_has_its_national_news_agency() =>
        Assert.All(ArabStates, state => Assert.Contains(Catalog.Sources, s => s.Kind == "agency" && s.Country == state));

    [Fact]
    public void No_name_credits_two_outlets()
    {
        var claimed = Catalog.Sources
            .SelectMany(s => s.Aliases.Append(s.NameAr).Append(s.NameEn)
                .Where(a => !s.CommonWordAliases.Contains(a))
                .Select(a => (Name: SourceNameFinder.Fold(a), s.Id)))
            .Distinct()
            .GroupBy(a => a.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(a => a.Id))}");

        Assert.Empty(claimed);
    }

    [Fact]
    public void A_name_kept_for_outlet_words_is_never_also_a_plain_alias()
    {
        var plain = Catalog.Sources
            .SelectMany(s => s.Aliases.Append(s.NameAr).Where(a => !s.CommonWordAliases.Contains(a)))
            .Select(SourceNameFinder.Fold)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(Catalog.Sources.SelectMany(s => s.CommonWordAliases), word => Assert.DoesNotContain(SourceNameFinder.Fold(word), plain));
    }

    [Theory]
    [InlineData("الوطن")]
    [InlineData("الرياض")]
    [InlineData("اليوم")]
    [InlineData("المدينة")]
    [InlineData("الحياة")]
    [InlineData("الخليج")]
    [InlineData("البيان")]
    [InlineData("الأخبار")]
    [InlineData("الشرق")]
    [InlineData("القدس")]
    [InlineData("عمان")]
    [InlineData("تشرين")]
    [InlineData("الثورة")]
    public void Ordinary_words_and_cities_that_name_papers_are_kept_for_outlet_words(string word) =>
        Assert.DoesNotContain(Catalog.Sources, s => s.Aliases.Append(s.NameAr).Where(a => !s.CommonWordAliases.Contains(a)).Contains(word));
}
