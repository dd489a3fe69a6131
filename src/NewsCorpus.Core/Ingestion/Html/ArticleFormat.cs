namespace NewsCorpus.Core.Ingestion.Html;

/// <summary>
/// Which files are articles and how to read them: plain text (<c>.txt</c>) or an HTML/XHTML page (<c>.html</c>,
/// <c>.htm</c>, <c>.xhtml</c>), converted to text before parsing. A file without an extension, or a <c>.txt</c>
/// saved from a browser, is read as HTML when its text begins like an HTML document.
/// </summary>
public static class ArticleFormat
{
    /// <summary>The extensions of article files, in the order the refusal message lists them.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".html", ".htm", ".xhtml"];

    /// <summary>Why a file of another extension is not imported, with everything an import accepts (archives too).</summary>
    public static string Refusal { get; } =
        $"not an article file: the accepted formats are {string.Join(", ", Extensions)} (or no extension), and .zip archives of them";

    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] DocumentStarts = ["<!doctype html", "<html", "<head", "<body"];
    // An XML declaration or a comment may come first; the document's own start must follow soon after.
    private const int SniffChars = 1024;

    /// <summary>True for a file name with one of <see cref="Extensions"/>, or with none (its content then decides).</summary>
    public static bool IsAccepted(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return extension.Length == 0 || Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when the file is to be read as HTML: by its extension, or by how its text begins.</summary>
    public static bool IsHtml(string fileName, string text) =>
        HtmlExtensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase) || BeginsLikeHtml(text);

    /// <summary>The text, past white space, an XML declaration and comments, opens an HTML document.</summary>
    public static bool BeginsLikeHtml(string text)
    {
        var start = text.AsSpan(0, Math.Min(text.Length, SniffChars)).TrimStart().TrimStart('\uFEFF').TrimStart();
        while (true)
        {
            if (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
                start = After(start, "?>");
            else if (start.StartsWith("<!--", StringComparison.Ordinal))
                start = After(start, "-->");
            else
                break;
        }
        foreach (var opening in DocumentStarts)
        {
            if (start.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> After(ReadOnlySpan<char> text, string end)
    {
        var at = text.IndexOf(end, StringComparison.Ordinal);
        return at < 0 ? [] : text[(at + end.Length)..].TrimStart();
    }
}
