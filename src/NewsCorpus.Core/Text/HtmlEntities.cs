using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace NewsCorpus.Core.Text;

/// <summary>
/// HTML character references that scrapers leave in text files: well-formed ones (<c>&amp;quot;</c>,
/// <c>&amp;nbsp;</c>, <c>&amp;#1575;</c>, <c>&amp;#x627;</c>), escaped twice (<c>&amp;amp;quot;</c>), and the debris
/// left when the ampersand was stripped (<c>quot;</c>, <c>#1575;</c>). Each becomes the character it stands for.
/// </summary>
public static partial class HtmlEntities
{
    /// <summary>The text with every reference it holds decoded; text without a <c>;</c> is returned as it is.</summary>
    public static string Decode(string text) =>
        text.Contains(';', StringComparison.Ordinal) ? Reference().Replace(text, Decoded) : text;

    private static string Decoded(Match match)
    {
        var name = match.Groups["name"].Value;
        var hasAmpersand = match.Value.StartsWith('&');
        if (name.StartsWith('#'))
            return NumericCharacter(name) ?? match.Value;
        // Without its ampersand only the references scrapers commonly break count: "quot;" is never a word,
        // but a stray "copy;" could be.
        if (!hasAmpersand && !StrippedNames().IsMatch(name))
            return match.Value;
        var decoded = WebUtility.HtmlDecode("&" + name + ";");
        return decoded.StartsWith('&') ? match.Value : decoded;
    }

    private static string? NumericCharacter(string name)
    {
        var hex = name.Length > 1 && name[1] is 'x' or 'X';
        var digits = name[(hex ? 2 : 1)..];
        if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            || code is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
            return null;
        // A control character (&#13;, &#10;) was a line break in the page; anything else is what it says.
        return code < 0x20 ? "\n" : char.ConvertFromUtf32(code);
    }

    // "&amp;" may repeat when a page was escaped twice: "&amp;quot;". Without an ampersand, a Latin letter or digit
    // before the name means it is part of a word ("Aquot;" stays).
    [GeneratedRegex(@"&(?:amp;)*(?<name>#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,9});|(?<![A-Za-z0-9&#])(?<name>#[0-9]{3,7}|[a-z]{2,6});")]
    private static partial Regex Reference();

    [GeneratedRegex("^(?:quot|amp|nbsp|lt|gt|apos|laquo|raquo|hellip|ndash|mdash|lsquo|rsquo|ldquo|rdquo|bull|middot|rlm|lrm|zwnj|zwj)$")]
    private static partial Regex StrippedNames();
}
