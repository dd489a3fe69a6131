using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace NewsCorpus.Core.Ingestion.Html;

/// <summary>
/// Stops elements nesting deeper than <see cref="MaxDepth"/>, as browsers do (Chrome's parser stops at 512): the
/// HTML tree builder checks the open elements on every tag, so a page nested a hundred thousand levels deep costs
/// quadratic time (8,000 levels took 12 s). Past the limit a tag is dropped and its text kept, as if it were a
/// span; its end tag is dropped with it. Elements that close themselves (<c>p</c>, <c>li</c>, <c>td</c>, void
/// elements) are not counted, since the parser never nests them on their own.
/// </summary>
internal sealed class HtmlNestingLimit
{
    public const int MaxDepth = 512;

    private static readonly HashSet<string> NeverNested = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "basefont", "bgsound", "frame", "image", "menuitem",
        "p", "li", "dd", "dt", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rp", "rt", "rtc",
        "colgroup", "caption", "html", "head", "body",
    };

    private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);
    private int _depth;

    /// <summary>The tokenizer middleware: passes each token on to the tree builder, or drops a tag past the limit.</summary>
    public TokenConsumptionResult Consume(ref StructHtmlToken token, TokenConsumer next)
    {
        if (token.Type is HtmlTokenType.StartTag or HtmlTokenType.EndTag && !token.IsSelfClosing)
        {
            var name = token.Name.ToString();
            if (!NeverNested.Contains(name) && !Admit(name, token.Type == HtmlTokenType.StartTag))
                return TokenConsumptionResult.Continue;
        }
        next(ref token);
        return TokenConsumptionResult.Continue;
    }

    private bool Admit(string name, bool start)
    {
        if (start)
        {
            if (_depth < MaxDepth)
            {
                _depth++;
                return true;
            }
            _dropped[name] = _dropped.GetValueOrDefault(name) + 1;
            return false;
        }
        if (_dropped.GetValueOrDefault(name) > 0)
        {
            _dropped[name]--;
            return false;
        }
        _depth = Math.Max(0, _depth - 1);
        return true;
    }
}
