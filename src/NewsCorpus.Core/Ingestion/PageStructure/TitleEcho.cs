using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Scraped pages often print the headline twice (once as the page title, again above the body). A line that
/// says the same words as the title is that echo; a line that says the title and more is the article's lead,
/// whose first sentence was cut to make the title, and stays in the body.
/// </summary>
internal static class TitleEcho
{
    // Share of the longer text's words the two must have in common: allows a spelling slip or a dropped word.
    private const double SameWordsShare = 0.85;

    public static bool Repeats(string title, string line)
    {
        var titleWords = Words(title);
        // The two share at most the title's words, so a line with more words than the title's over the share is no
        // echo: most lines asked are the first paragraph, counted here instead of cut into words.
        if (SameWordsShare * WordCount(line) > titleWords.Count)
            return false;
        return SharesWords(titleWords, Words(line));
    }

    /// <summary>
    /// True when <paramref name="line"/> opens with the words of <paramref name="title"/> and goes on: the page's lead,
    /// whose first sentence the title line is, even when that title line reads like a paragraph itself.
    /// </summary>
    public static bool Extends(string title, string line)
    {
        var titleWords = Words(title);
        var lineWords = Words(line);
        return lineWords.Count > titleWords.Count && SharesWords(titleWords, lineWords.Take(titleWords.Count).ToList());
    }

    internal static bool SharesWords(List<string> titleWords, List<string> lineWords)
    {
        if (titleWords.Count == 0 || lineWords.Count == 0)
            return false;
        var remaining = titleWords.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = 0;
        foreach (var word in lineWords)
        {
            if (remaining.TryGetValue(word, out var left) && left > 0)
            {
                remaining[word] = left - 1;
                common++;
            }
        }
        return common >= SameWordsShare * Math.Max(titleWords.Count, lineWords.Count);
    }

    /// <summary>How many words <see cref="Words"/> makes of <paramref name="text"/>, without making them.</summary>
    internal static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in ArabicNormalizer.Normalize(text))
        {
            if (c == ' ')
            {
                count += inWord ? 1 : 0;
                inWord = false;
            }
            else
            {
                inWord |= char.IsLetterOrDigit(c);
            }
        }
        return count + (inWord ? 1 : 0);
    }

    internal static List<string> Words(string text) =>
        ArabicNormalizer.Normalize(text)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .ToList();
}
