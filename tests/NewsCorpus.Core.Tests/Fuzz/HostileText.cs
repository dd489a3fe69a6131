using System.Text;

namespace NewsCorpus.Core.Tests.Fuzz;

/// <summary>
/// Seeded generators of text that breaks careless code: every Arabic presentation form and ligature, harakat and
/// tatweel, bidi and zero-width marks, C0/C1 controls, every kind of space and line separator, dots that break
/// words, brackets and quotes, digits of three scripts, surrogate pairs, and Lucene query syntax.
/// Hand-rolled with a fixed seed, so a failure names an input that fails again.
/// </summary>
internal sealed class HostileText(int seed)
{
    private static readonly string[] Punctuation =
        [".", "·", "•", "،", "؛", "؟", "!", "«", "»", "\"", "'", "(", ")", "[", "]", "{", "}", "<", ">", "/", "\\", ":", "-", "–", "|", "ـ.ـ", "...", "\u2026"];

    private static readonly string[] Words =
        ["بوتين", "أوباما", "الأمـ.ـن", "مقد.متها", "جنيف", "هلسنكي", "سوريا", "ﷺ", "ﷻ", "ﷲ", "ﻻ", "Putin", "Erdoğan", "2016", "٢٠٢١", "۲۰۱۶"];

    private static readonly string[] QuerySyntax =
    [
        "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "(", ")", "\"", "*", "?", "~", "~1", "~2", "~0.5", "~-1", "^2", "^0", "^999999",
        ":", "title:", "body:", "summit:", "person:", "source:", "year:", "foo:", "[a TO z]", "{* TO *}", "[", "]", "{", "}", " TO ",
        "/", "/[/", "/(/", "/a|/", "/.*a.{18}/", "\\", "\\\\", "x*a????????????", "هانغ*", "*", "ال*", "بوت?ن", "لافرون~", "\"أوباما بوتين\"~3",
    ];

    private readonly Random _random = new(seed);

    public int Next(int max) => _random.Next(max);

    /// <summary>Up to <paramref name="maxLength"/> characters of mixed hostile text; lone surrogates only when asked.</summary>
    public string Text(int maxLength, bool loneSurrogates = false)
    {
        var sb = new StringBuilder();
        var length = _random.Next(maxLength + 1);
        while (sb.Length < length)
            sb.Append(Piece(loneSurrogates));
        return sb.ToString();
    }

    /// <summary>A query mixing words, hostile characters and Lucene syntax, well formed or not.</summary>
    public string Query(int maxPieces)
    {
        var sb = new StringBuilder();
        var pieces = _random.Next(1, maxPieces + 1);
        for (var i = 0; i < pieces; i++)
        {
            sb.Append(_random.Next(3) switch
            {
                0 => QuerySyntax[_random.Next(QuerySyntax.Length)],
                1 => Words[_random.Next(Words.Length)],
                _ => Piece(loneSurrogates: true),
            });
            if (_random.Next(2) == 0)
                sb.Append(' ');
        }
        return sb.ToString();
    }

    private string Piece(bool loneSurrogates) => _random.Next(14) switch
    {
        0 => Range(0x0621, 0x064A),                       // Arabic letters
        1 => Range(0x064B, 0x065F) + Range(0x0670, 0x0670), // harakat, superscript alef
        2 => "ـ",
        3 => Range(0xFB50, 0xFDFF),                       // presentation forms A, ligatures included
        4 => Range(0xFE70, 0xFEFC),                       // presentation forms B
        5 => Pick("\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
            "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\u2060", "\u00AD", "\u061C"),
        6 => Range(0x0001, 0x001F) + (_random.Next(2) == 0 ? Range(0x007F, 0x009F) : ""), // controls (no NUL: decoders refuse it first)
        7 => Pick(" ", "  ", "\n", "\r\n", "\r", "\t", "\u00A0", "\u1680", "\u2003", "\u2009", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000", "\v", "\f"),
        8 => Punctuation[_random.Next(Punctuation.Length)],
        9 => Words[_random.Next(Words.Length)],
        10 => Pick(Range('a', 'z'), Range('0', '9'), Range(0x0660, 0x0669), Range(0x06F0, 0x06F9), Range(0x00C0, 0x024F)),
        11 => char.ConvertFromUtf32(_random.Next(0x1F300, 0x1FAFF)), // a surrogate pair
        12 => loneSurrogates ? Range(0xD800, 0xDFFF) : Range(0x0750, 0x077F),
        _ => Range(0x0020, 0xD7FF),                       // anything else in the BMP before the surrogates
    };

    private string Range(int from, int to) => ((char)_random.Next(from, to + 1)).ToString();

    private string Pick(params string[] choices) => choices[_random.Next(choices.Length)];

    /// <summary>A string with every non-printing character escaped, for failure messages.</summary>
    public static string Show(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' || ArabicLetterOrSpace(c) ? c.ToString() : $"\\u{(int)c:X4}"));

    private static bool ArabicLetterOrSpace(char c) => c == ' ' || Core.Text.ArabicScript.IsArabicLetter(c);
}
