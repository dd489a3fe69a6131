using System.Globalization;
using System.Text;

namespace NewsCorpus.Benchmarks.Scale;

/// <summary>
/// Made-up article files recombined from the sample articles' lines: a title cut from one line, a dateline with a
/// date and an agency (so dates spread over 2001–2024 and sources vary), then 8–28 lines drawn from all the sample
/// lines. A few hundred distinct lines make a small vocabulary in which common words (<c>بوتين</c>) are in almost
/// every article: the worst case for facets and snippets. Some articles have no dateline and keep whatever date and
/// summit their lines give. File <c>n</c> is the same whatever the corpus size, so sizes share their files.
/// </summary>
internal sealed class SyntheticArticle
{
    private static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] Cities = ["موسكو", "واشنطن", "جنيف", "بيروت", "القاهرة", "دمشق", "الرياض", "لندن", "باريس", "برلين"];
    private static readonly string[] Agencies = ["رويترز", "أ ف ب", "سبوتنيك", "د ب أ", "واس", "الأناضول", "شينخوا"];

    private readonly IReadOnlyList<string> _lines;

    public SyntheticArticle(IReadOnlyList<string> lines) => _lines = lines;

    /// <summary>Every non-empty line of the sample articles, in file order.</summary>
    public static SyntheticArticle FromSamples(string articlesFolder) => new(
        Directory.EnumerateFiles(articlesFolder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList());

    public static string FileName(int n) => $"syn_{n:0000000}.txt";

    /// <summary>The text of made-up file number <paramref name="n"/>.</summary>
    public string Text(int n)
    {
        var random = new Random(unchecked(n * 7919 + 17));
        var text = new StringBuilder();
        var titleWords = _lines[random.Next(_lines.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        text.AppendJoin(' ', titleWords.Take(random.Next(6, 13))).Append('\n');
        var dated = random.NextDouble() < 0.85;
        var count = random.Next(8, 29);
        for (var i = 0; i < count; i++)
        {
            var line = _lines[random.Next(_lines.Count)];
            if (i == 0 && dated)
            {
                var day = random.Next(1, 29);
                var month = Months[random.Next(12)];
                var year = random.Next(2001, 2025);
                line = string.Create(CultureInfo.InvariantCulture,
                    $"{Cities[random.Next(Cities.Length)]} {day} {month} {year} ({Agencies[random.Next(Agencies.Length)]}) - {line}");
            }
            text.Append(line).Append('\n');
        }
        return text.ToString();
    }
}
