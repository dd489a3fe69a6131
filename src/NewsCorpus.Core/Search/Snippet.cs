using System.Net;
using System.Text;

namespace NewsCorpus.Core.Search;

/// <summary>A passage of displayed text; the parts that matched the query are flagged.</summary>
public sealed record Snippet(IReadOnlyList<SnippetPart> Parts)
{
    public static readonly Snippet Empty = new([]);

    public string ToPlainText() => string.Concat(Parts.Select(p => p.Text));

    /// <summary>HTML-encodes every part first, then wraps matches in <c>&lt;mark&gt;</c>.</summary>
    public string ToHtml()
    {
        var sb = new StringBuilder();
        foreach (var part in Parts)
        {
            var encoded = WebUtility.HtmlEncode(part.Text);
            sb.Append(part.IsMatch ? $"<mark>{encoded}</mark>" : encoded);
        }
        return sb.ToString();
    }
}

/// <summary>A run of snippet text, marked when it is a query match.</summary>
public readonly record struct SnippetPart(string Text, bool IsMatch);
