using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Web.Pages.Search;

/// <summary>
/// Every search is an Atom 1.0 feed (RFC 4287) at <c>/search.atom?…</c>: the newest <see cref="ExportOptions.FeedEntries"/>
/// articles matching the same query and filters, so a journalist can follow a query in any feed reader. Entries are
/// dated by the article's date (undated articles by the feed's time); links use <c>NewsCorpus:PublicBaseUrl</c>.
/// </summary>
public static class SearchFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static IEndpointRouteBuilder MapSearchFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search.atom", async (HttpContext http, NewsCorpus.Core.Corpus corpus, IOptions<ExportOptions> options, TimeProvider clock) =>
        {
            var query = SearchQuery.Parse(http.Request.Query) with { Sort = SearchSort.Date, Page = 1 };
            var result = corpus.Searcher.Search(query.ToRequest() with { Limit = Math.Clamp(options.Value.FeedEntries, 1, 1000) }, http.RequestAborted);
            http.Response.ContentType = "application/atom+xml; charset=utf-8";
            // A feed is a bounded page of entries: built in memory, then sent (Kestrel refuses synchronous writes).
            using var buffer = new MemoryStream();
            Write(buffer, query, result, options.Value.PublicBaseUrl.TrimEnd('/'), clock.GetUtcNow());
            buffer.Position = 0;
            await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
        }).ExcludeFromDescription();
        return app;
    }

    private static void Write(Stream body, SearchQuery query, SearchResult result, string baseUrl, DateTimeOffset now)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var xml = XmlWriter.Create(body, settings);
        var updated = result.Hits.Select(h => h.Date).Max() is { } newest ? Stamp(newest) : now;
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Atom);
        xml.WriteElementString("id", Atom, Id(baseUrl, query.ToUrl()));
        xml.WriteElementString("title", Atom, query.Text.Length > 0 ? $"NewsCorpus: {XmlSafe(query.Text)}" : "NewsCorpus");
        xml.WriteElementString("updated", Atom, Rfc3339(updated));
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, "NewsCorpus");
        xml.WriteEndElement();
        Link(xml, "self", baseUrl + query.ToUrl("/search.atom"), "application/atom+xml");
        Link(xml, "alternate", baseUrl + query.ToUrl(), "text/html");
        foreach (var hit in result.Hits)
        {
            var url = baseUrl + "/articles/" + Uri.EscapeDataString(hit.Id);
            xml.WriteStartElement("entry", Atom);
            xml.WriteElementString("id", Atom, Id(baseUrl, "/articles/" + Uri.EscapeDataString(hit.Id)));
            xml.WriteStartElement("title", Atom);
            xml.WriteAttributeString("xml", "lang", null, "ar");
            xml.WriteString(XmlSafe(hit.Title));
            xml.WriteEndElement();
            Link(xml, "alternate", url, "text/html");
            xml.WriteElementString("updated", Atom, Rfc3339(hit.Date is { } date ? Stamp(date) : updated));
            if (hit.Date is { } published)
                xml.WriteElementString("published", Atom, Rfc3339(Stamp(published)));
            xml.WriteStartElement("summary", Atom);
            xml.WriteAttributeString("xml", "lang", null, "ar");
            xml.WriteString(XmlSafe(NewsCorpus.Core.Search.Export.ExportRow.OneLine(hit.Snippet.ToPlainText())));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>
    /// The text without the characters XML 1.0 cannot hold (control characters, lone surrogates), which a query typed
    /// or pasted may carry: XmlWriter refuses them, and a feed must still be sent.
    /// </summary>
    internal static string XmlSafe(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                clean.Append(text, i++, 2);
            else if (XmlConvert.IsXmlChar(text[i]))
                clean.Append(text[i]);
        }
        return clean.ToString();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>An IRI that names the thing for good: its public address, or a URN when the site has none configured.</summary>
    private static string Id(string baseUrl, string path) =>
        baseUrl.Length > 0 ? baseUrl + path : "urn:newscorpus:" + Uri.EscapeDataString(path);

    private static DateTimeOffset Stamp(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Rfc3339(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
