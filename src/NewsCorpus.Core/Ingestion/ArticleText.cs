using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion.PageStructure;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>Which part of an article a piece of text comes from; dates, places and names weigh by it.</summary>
public enum TextPart
{
    Title,
    Dateline,
    Caption,
    Paragraph,
    Published,
}

/// <summary>
/// One line of an article, folded for matching (<see cref="ArabicNormalizer"/>) and split into words.
/// <see cref="Position"/> counts lines in reading order; <see cref="IndexInPart"/> counts lines of the same part.
/// </summary>
public sealed record TextUnit(TextPart Part, int Position, int IndexInPart, string Original, string Normalized, IReadOnlyList<string> Words)
{
    /// <summary>How many first paragraphs make the lead.</summary>
    public const int LeadParagraphs = 2;

    /// <summary>Title, dateline and the first paragraphs say what the article is about; later lines give background.</summary>
    public bool IsLead => Part is TextPart.Title or TextPart.Dateline || (Part == TextPart.Paragraph && IndexInPart < LeadParagraphs);
}

/// <summary>
/// The article's text as the extractors read it: title, dateline, captions, paragraphs and published lines,
/// in reading order, without scraped-page boilerplate.
/// </summary>
public sealed class ArticleText
{
    private ArticleText(IReadOnlyList<TextUnit> units) => Units = units;

    public IReadOnlyList<TextUnit> Units { get; }

    public static ArticleText From(ArticleStructure structure, BoilerplatePhrases boilerplate)
    {
        var units = new List<TextUnit>();
        // Counted as they are added: counting the list again on every line made 100,000 lines cost minutes.
        var perPart = new int[Enum.GetValues<TextPart>().Length];
        void Add(TextPart part, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
                units.Add(Unit(part, units.Count, perPart[(int)part]++, text));
        }
        Add(TextPart.Title, structure.Title);
        Add(TextPart.Dateline, structure.Dateline);
        foreach (var caption in structure.Captions)
            Add(TextPart.Caption, WithoutCredit(caption, boilerplate.CaptionCreditMarkers));
        foreach (var paragraph in BoilerplateGuard.BeforeBoilerplate(structure.Paragraphs, boilerplate))
            Add(TextPart.Paragraph, paragraph);
        foreach (var published in structure.PublishedLines)
            Add(TextPart.Published, published);
        return new ArticleText(units);
    }

    /// <summary>
    /// A caption up to its photo credit (<c>EPA/… /KREMLIN POOL MANDATORY CREDIT</c>): agency and pool names are
    /// not what the picture shows. Markers in parentheses (<c>(L)</c>) sit mid-caption and are not credits.
    /// </summary>
    public static string WithoutCredit(string caption, IReadOnlyList<string> creditMarkers)
    {
        var cut = creditMarkers
            .Where(m => !m.StartsWith('('))
            .Select(m => caption.IndexOf(m, StringComparison.Ordinal))
            .Where(i => i > 0)
            .DefaultIfEmpty(caption.Length)
            .Min();
        return caption[..cut].TrimEnd();
    }

    /// <summary>The text of every part except published lines, for name and place matching.</summary>
    public IEnumerable<TextUnit> Content => Units.Where(u => u.Part != TextPart.Published);

    public static TextUnit Unit(TextPart part, int position, int indexInPart, string text)
    {
        var normalized = ArabicNormalizer.Normalize(text);
        return new TextUnit(part, position, indexInPart, text, normalized, Words(normalized));
    }

    /// <summary>Runs of letters and digits of already-normalized text.</summary>
    public static IReadOnlyList<string> Words(string normalized)
    {
        var words = new string[WordCount(normalized)];
        var count = 0;
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && IsWordChar(normalized[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words[count++] = normalized[start..i];
                start = -1;
            }
        }
        return words;
    }

    /// <summary>How many words <see cref="Words"/> finds in <paramref name="normalized"/>, without cutting them out.</summary>
    public static int WordCount(ReadOnlySpan<char> normalized)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in normalized)
        {
            var letter = IsWordChar(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return count;
    }

    /// <summary>
    /// <see cref="char.IsLetterOrDigit(char)"/>, answered without the Unicode tables for ASCII and the Arabic letters
    /// (U+0621–U+064A are all letters, tatweel included), which are nearly every character of a normalized text:
    /// every unit's text is read this way two or three times.
    /// </summary>
    internal static bool IsWordChar(char c) => c switch
    {
        < '\u0080' => char.IsAsciiLetterOrDigit(c),
        >= '\u0621' and <= '\u064A' => true,
        _ => char.IsLetterOrDigit(c),
    };
}
