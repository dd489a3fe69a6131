using System.Xml.Linq;
using NewsCorpus.Core;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Tests.Localization;

/// <summary>Every interface string exists in both languages, so neither interface falls back to the other's words.</summary>
public sealed class InterfaceStringsTests
{
    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(Path.Combine(RepoRoot.Find(), "src", "NewsCorpus.Web", "Localization", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [Fact]
    public void Arabic_and_english_have_the_same_keys_and_no_empty_value()
    {
        var arabic = Strings("Ui.resx");
        var english = Strings("Ui.en.resx");

        Assert.Empty(arabic.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(arabic.Keys));
        Assert.DoesNotContain(arabic.Concat(english), s => string.IsNullOrWhiteSpace(s.Value));
    }

    [Fact]
    public void Every_search_notice_has_a_string_in_both_languages()
    {
        var kinds = Enum.GetNames<SearchNoticeKind>();

        Assert.Empty(kinds.Except(Strings("Ui.resx").Keys));
        Assert.Empty(kinds.Except(Strings("Ui.en.resx").Keys));
    }
}
