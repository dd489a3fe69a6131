using System.Xml.Linq;
using NewsCorpus.Core;

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
}
