using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion.Sources;

namespace NewsCorpus.Core.Ingestion.Html;

/// <summary>
/// Turns an HTML or XHTML article page into the plain text the parser reads: the headline on the first line (the
/// article's <c>&lt;h1&gt;</c>, else <c>og:title</c>, else the <c>&lt;title&gt;</c>, without the site's name), then one line per paragraph,
/// heading, list item, caption or cell of the article. Scripts, styles, navigation, the page's header and footer,
/// asides, forms, embedded media and comments are dropped; entities are decoded by the HTML parser (AngleSharp).
/// Linear in the page: nesting is limited as browsers limit it (<see cref="HtmlNestingLimit"/>), and the walk keeps
/// its own stack rather than recursing.
/// </summary>
public sealed class HtmlArticleText(SourceCatalog sources)
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select", "textarea", "input", "label",
        "iframe", "object", "embed", "svg", "math", "canvas", "audio", "video", "map", "dialog", "menu", "head",
    };

    // The page's banner and footer go; an article's own header (headline, byline, date) stays, its footer goes.
    private static readonly HashSet<string> PageFurniture = new(StringComparer.OrdinalIgnoreCase) { "header", "footer" };
    private static readonly HashSet<string> DroppedRoles = new(StringComparer.OrdinalIgnoreCase) { "navigation", "banner", "contentinfo", "complementary", "search" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
        "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "caption", "address", "hr", "br",
        "center", "details", "summary", "body", "time",
    };

    private readonly PageTitle _titles = new(new SourceNameFinder(sources));

    /// <summary>The page's text, headline first, one block per line.</summary>
    public string Convert(string html)
    {
        using var document = new HtmlParser().ParseDocument<Document, Element>(new TextSource(html), new HtmlNestingLimit().Consume);
        var root = ContentRoot(document);
        var h1 = FirstElement(root, "h1");
        var lines = Lines(root, skip: h1);
        var headline = _titles.Choose(h1 is null ? null : Lines(h1, skip: null).FirstOrDefault(), OpenGraphTitle(document), TitleOf(document), SiteName(document));
        // With no headline of its own, the page's first line is its title, as in a text file.
        return string.Join('\n', headline.Length > 0 ? lines.Prepend(headline) : lines);
    }

    /// <summary>
    /// The article: the outermost <c>&lt;article&gt;</c> holding the h1, else the one with the most text, else
    /// <c>&lt;main&gt;</c>, else the body. Pages list other stories as articles too; the story is the big one.
    /// </summary>
    private static IElement ContentRoot(Document document)
    {
        var body = (IElement?)document.Body ?? document.DocumentElement;
        var articles = Elements(body, intoArticles: false).Where(e => e.LocalName == "article").ToList();
        if (articles.Count > 0)
            return articles.FirstOrDefault(a => FirstElement(a, "h1") is not null) ?? articles.MaxBy(a => Lines(a, skip: null).Sum(l => l.Length))!;
        return Elements(body).FirstOrDefault(e => e.LocalName == "main" || e.GetAttribute("role") == "main") ?? body;
    }

    private static IElement? FirstElement(IElement root, string name) => Elements(root).FirstOrDefault(e => e.LocalName == name);

    /// <summary>
    /// The elements under <paramref name="root"/> that are read, in document order, without recursion; with
    /// <paramref name="intoArticles"/> false, an article is listed but not entered.
    /// </summary>
    private static IEnumerable<IElement> Elements(IElement root, bool intoArticles = true)
    {
        var stack = new Stack<(IElement Element, bool InArticle)>();
        stack.Push((root, root.Closest("article") is not null));
        while (stack.Count > 0)
        {
            var (element, inArticle) = stack.Pop();
            if (element != root && IsDropped(element, inArticle))
                continue;
            yield return element;
            if (element.LocalName == "article" && element != root && !intoArticles)
                continue;
            inArticle |= element.LocalName == "article";
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
                stack.Push((child, inArticle));
        }
    }

    /// <summary>Where the walk stands: inside an article (its header is kept), inside pre (line breaks are kept).</summary>
    private readonly record struct Context(bool InArticle, bool InPre)
    {
        public Context Enter(IElement element) => new(InArticle || element.LocalName == "article", InPre || element.LocalName == "pre");
    }

    /// <summary>The text under <paramref name="root"/>, one line per block, white space collapsed (kept in pre).</summary>
    private static List<string> Lines(IElement root, IElement? skip)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        void Flush()
        {
            var text = line.ToString().Trim();
            if (text.Length > 0)
                lines.Add(text);
            line.Clear();
        }
        // A node to enter, or (Leaving) the end of a block, where its line ends.
        var stack = new Stack<(INode Node, Context Context, bool Leaving)>();
        stack.Push((root, new Context(root.Closest("article") is not null, root.Closest("pre") is not null), false));
        while (stack.Count > 0)
        {
            var (node, context, leaving) = stack.Pop();
            if (leaving)
            {
                Flush();
                continue;
            }
            if (node is IText text)
            {
                AppendText(line, text.Data, context.InPre);
                continue;
            }
            if (node is not IElement element || element == skip || (element != root && IsDropped(element, context.InArticle)))
                continue;
            if (Blocks.Contains(element.LocalName))
            {
                Flush();
                stack.Push((element, context, true));
            }
            var inner = context.Enter(element);
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push((child, inner, false));
        }
        Flush();
        return lines;
    }

    private static void AppendText(StringBuilder line, string text, bool preformatted)
    {
        foreach (var c in text)
        {
            if (preformatted && c == '\n')
                line.Append('\u2028'); // a line break the cleaner turns into a line of its own
            else if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (line.Length > 0 && line[^1] != ' ')
                    line.Append(' ');
            }
            else
                line.Append(c);
        }
    }

    private static bool IsDropped(IElement element, bool inArticle) =>
        Dropped.Contains(element.LocalName)
        || (PageFurniture.Contains(element.LocalName) && (element.LocalName == "footer" || !inArticle))
        || element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (element.GetAttribute("role") is { } role && DroppedRoles.Contains(role));

    private static string? TitleOf(Document document) =>
        document.Head is { } head ? Elements(head).FirstOrDefault(e => e.LocalName == "title")?.TextContent : null;

    private static string? OpenGraphTitle(Document document) =>
        document.Head?.QuerySelector("meta[property='og:title'], meta[name='og:title'], meta[name='twitter:title']")?.GetAttribute("content");

    private static string? SiteName(Document document) =>
        document.Head?.QuerySelector("meta[property='og:site_name'], meta[name='application-name']")?.GetAttribute("content");
}
