using System.Globalization;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Query text that is nothing but words — letters, digits and combining marks between the classic syntax's white
/// space, a word perhaps ending in one <c>*</c> — split as the classic parser's lexer splits it (see
/// <see cref="CorpusQueryParser.Parse"/>). Anything else (quotes, operators, fields, punctuation, other white space)
/// is left to Lucene's parser.
/// </summary>
internal static class PlainQueryWords
{
    /// <summary>The classic grammar's white space (<c>_WHITESPACE</c>): nothing else separates its terms.</summary>
    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '\u3000'];

    /// <summary>The grammar's operator words, which a term spelled exactly so is read as.</summary>
    private static readonly HashSet<string> OperatorWords = new(StringComparer.Ordinal) { "AND", "OR", "NOT" };

    /// <summary>The words of <paramref name="text"/> and whether each ends in <c>*</c>; null when the text is not plain words.</summary>
    public static List<(string Word, bool Prefix)>? Of(string text)
    {
        var words = new List<(string, bool)>();
        foreach (var token in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var prefix = token.Length > 1 && token[^1] == '*';
            var word = prefix ? token[..^1] : token;
            if (OperatorWords.Contains(word) || !word.All(IsWordChar))
                return null;
            words.Add((word, prefix));
        }
        return words.Count == 0 ? null : words;
    }

    // Every one of these is a term character of the grammar (none of its specials is a letter, digit or mark).
    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
