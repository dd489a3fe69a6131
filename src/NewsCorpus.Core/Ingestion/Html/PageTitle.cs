using NewsCorpus.Core.Ingestion.Sources;

namespace NewsCorpus.Core.Ingestion.Html;

/// <summary>
/// An HTML page's headline from its candidates: the <c>&lt;h1&gt;</c> of the article, which editors write as
/// the headline, else the page's <c>og:title</c> (what the site shows when shared), else the <c>&lt;title&gt;</c>,
/// each without the site's name (<c>… | الجزيرة نت</c>, <c>RT Arabic - …</c>).
/// </summary>
internal sealed class PageTitle(SourceNameFinder sources)
{
    // A headline runs to a sentence or two; an h1 longer than this is a paragraph styled big.
    private const int MaxHeadline = 300;
    // Each separator stripped rescans the title: past this length it is no title, and is left as it is.
    private const int MaxTitleToStrip = 1000;
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " / ", " ‹ ", " › "];

    /// <param name="h1">The article's first h1, if any.</param>
    /// <param name="openGraphTitle">The page's <c>og:title</c> (or <c>twitter:title</c>), if any.</param>
    /// <param name="title">The page's title element, if any.</param>
    /// <param name="siteName">The page's own name for the site (<c>og:site_name</c>, <c>application-name</c>), if any.</param>
    public string Choose(string? h1, string? openGraphTitle, string? title, string? siteName)
    {
        if (!string.IsNullOrWhiteSpace(h1) && h1.Length <= MaxHeadline && !IsSiteName(h1, siteName))
            return h1.Trim();
        var shared = Collapsed(openGraphTitle);
        if (shared.Length > 0 && !IsSiteName(shared, siteName))
            return WithoutSiteName(shared, siteName);
        var page = Collapsed(title);
        return page.Length == 0 ? "" : WithoutSiteName(page, siteName);
    }

    // An attribute or a title element keeps the line breaks and indentation of the page's source.
    private static string Collapsed(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The title without a site's name before or after a separator; the title itself when nothing else is left.</summary>
    public string WithoutSiteName(string title, string? siteName)
    {
        if (title.Length > MaxTitleToStrip)
            return title;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var separator in Separators)
            {
                var last = title.LastIndexOf(separator, StringComparison.Ordinal);
                if (last > 0 && IsSiteName(title[(last + separator.Length)..], siteName))
                {
                    title = title[..last].Trim();
                    changed = true;
                }
                var first = title.IndexOf(separator, StringComparison.Ordinal);
                if (first > 0 && IsSiteName(title[..first], siteName))
                {
                    title = title[(first + separator.Length)..].Trim();
                    changed = true;
                }
            }
        }
        return title;
    }

    /// <summary>An outlet of <c>data/sources.json</c>, the page's own site name, or a bare domain (<c>aljazeera.net</c>).</summary>
    private bool IsSiteName(string text, string? siteName)
    {
        text = text.Trim();
        return text.Length > 0 && (sources.IsOnlySourceNames(text)
            || (!string.IsNullOrWhiteSpace(siteName) && string.Equals(text, siteName.Trim(), StringComparison.OrdinalIgnoreCase))
            || IsDomain(text));
    }

    private static bool IsDomain(string text) =>
        !text.Contains(' ', StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal)
        && Uri.CheckHostName(text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? text[4..] : text) == UriHostNameType.Dns
        && text.Any(char.IsAsciiLetter);
}
