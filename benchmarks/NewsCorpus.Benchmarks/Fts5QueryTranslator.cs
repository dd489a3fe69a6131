using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// Translates the app's query syntax to FTS5's where FTS5 has an equivalent: words and phrases quoted, <c>"a b"~N</c>
/// as <c>NEAR</c>, <c>-word</c> as <c>NOT</c>, <c>word*</c> as a prefix, <c>title:</c> as a column filter. FTS5 has no
/// fuzzy search (<c>~</c> is dropped) and no <c>person:</c>, <c>source:</c> or <c>summit:</c> columns (left as written, so
/// FTS5 rejects them and the plain words are searched).
/// </summary>
public static partial class Fts5QueryTranslator
{
    public static string Translate(string query)
    {
        var sb = new StringBuilder();
        foreach (Match token in Tokens().Matches(query))
        {
            var text = token.Value;
            if (token.Groups["phrase"].Success)
            {
                var words = Quote(token.Groups["phrase"].Value);
                sb.Append(token.Groups["slop"].Success
                    ? $"NEAR({words}, {int.Parse(token.Groups["slop"].Value, CultureInfo.InvariantCulture)})"
                    : $"\"{token.Groups["phrase"].Value.Replace("\"", "", StringComparison.Ordinal)}\"");
            }
            else if (text is "(" or ")" or "AND" or "OR" or "NOT")
            {
                sb.Append(text);
            }
            else if (text.StartsWith('-'))
            {
                sb.Append("NOT ").Append(Term(text[1..]));
            }
            else
            {
                sb.Append(Term(text));
            }
            sb.Append(' ');
        }
        return sb.ToString().Trim();
    }

    /// <summary>The words alone, each quoted: what is searched when FTS5 rejects the translation.</summary>
    public static string PlainWords(string query) =>
        string.Join(' ', Words().Matches(query).Select(m => m.Value).Where(w => w is not ("AND" or "OR" or "NOT")).Select(w => $"\"{w}\""));

    private static string Term(string text)
    {
        var field = text.IndexOf(':', StringComparison.Ordinal);
        if (field > 0 && text[..field] == "title")
            return "title:" + Term(text[(field + 1)..]);
        if (field > 0)
            return text; // not an FTS5 column: FTS5 rejects it
        text = text.TrimEnd('~');
        return text.EndsWith('*') ? $"\"{text.TrimEnd('*')}\"*" : $"\"{text}\"";
    }

    private static string Quote(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => $"\"{w}\""));

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"(~(?<slop>[0-9]+))?|[()]|[^\\s()\"]+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
