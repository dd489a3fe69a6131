using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace NewsCorpus.Web.Localization;

/// <summary>
/// Interface sentences with user text inside (a query, a field name, a catalog name): each argument is encoded and
/// wrapped in <c>&lt;bdi&gt;</c>, so a Latin word in an Arabic sentence (or the reverse) keeps its own order and
/// never drags the punctuation around it (<c>'foo:' بوتين</c> read as <c>بوتين :'foo'</c>).
/// </summary>
public static class IsolatedText
{
    public static IHtmlContent Format(LocalizedString sentence, params string[] arguments) =>
        new HtmlString(string.Format(CultureInfo.CurrentCulture, HtmlEncoder.Default.Encode(sentence.Value),
            arguments.Select(a => (object)$"<bdi>{HtmlEncoder.Default.Encode(a)}</bdi>").ToArray()));

    /// <summary>Plain text (a page title, an attribute) with <paramref name="text"/> isolated by Unicode's FSI…PDI marks.</summary>
    public static string Plain(string text) => "\u2068" + text + "\u2069";
}
