using AngleSharp;
using AngleSharp.Dom;

namespace NewsCorpus.Web.Tests;

/// <summary>Fetches a page and parses it, so tests assert on structure rather than string fragments.</summary>
public static class HtmlPage
{
    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(req => req.Content(html));
        document.SetAttribute("data-status", ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return document;
    }

    private static void SetAttribute(this IDocument document, string name, string value) =>
        document.DocumentElement.SetAttribute(name, value);

    public static int Status(this IDocument document) =>
        int.Parse(document.DocumentElement.GetAttribute("data-status")!, System.Globalization.CultureInfo.InvariantCulture);
}
