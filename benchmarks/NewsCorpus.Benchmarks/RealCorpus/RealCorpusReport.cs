using System.Globalization;
using System.Text.RegularExpressions;
using NewsCorpus.Benchmarks.RealPages;

namespace NewsCorpus.Benchmarks.RealCorpus;

/// <summary>
/// The figures of one run over a real corpus: files imported and refused (reasons counted), every summit tag with
/// its evidence (to be read), titles over the limit, empty bodies, and where the dates came from.
/// </summary>
public sealed partial class RealCorpusReport(IReadOnlyList<RealCorpusFile> files)
{
    private const int Examples = 10;

    public IReadOnlyList<RealCorpusFile> Files { get; } = files;
    public IReadOnlyList<RealCorpusFile> Imported => Files.Where(f => f.Article is not null).ToList();
    public IReadOnlyList<RealCorpusFile> Refused => Files.Where(f => f.Article is null).ToList();
    public IReadOnlyList<RealCorpusFile> SummitTags => Imported.Where(f => f.Article!.SummitId is not null).ToList();
    public IReadOnlyList<RealCorpusFile> LongTitles => Imported.Where(f => f.Article!.Title.Length > FieldCheck.MaxTitleLength).ToList();
    public IReadOnlyList<RealCorpusFile> EmptyBodies => Imported.Where(f => f.Article!.Body.Length == 0).ToList();

    /// <summary>Refusal reasons with the numbers taken out, so "byte 12" and "byte 40" count as one reason.</summary>
    public IEnumerable<(string Reason, int Count)> RefusalReasons => Refused
        .GroupBy(f => Digits().Replace(f.Refusal ?? "", "N"))
        .Select(g => (g.Key, g.Count()))
        .OrderByDescending(g => g.Item2);

    /// <summary>Articles that name their outlet or agency, and those whose credit the catalog knows.</summary>
    public int Credited => Imported.Count(f => f.Article!.Source is not null);
    public int CreditedFromCatalog => Imported.Count(f => f.Article!.SourceIds.Count > 0);

    /// <summary>
    /// Dated articles whose file name carries a day (SaudiNewsNet's <c>sn_okaz_2015-08-02_1144.txt</c> is the day it was
    /// collected): how many dates fall on that day or up to two days before, and how many elsewhere (another event's day).
    /// </summary>
    public (int Near, int Elsewhere) DatesAgainstFileDay
    {
        get
        {
            int near = 0, elsewhere = 0;
            foreach (var file in Imported.Where(f => f.Article!.Date is not null))
            {
                var day = FileDay().Match(Name(file));
                if (!day.Success || !DateOnly.TryParseExact(day.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fileDay))
                    continue;
                var gap = fileDay.DayNumber - file.Article!.Date!.Value.DayNumber;
                if (gap is >= 0 and <= 2)
                    near++;
                else
                    elsewhere++;
            }
            return (near, elsewhere);
        }
    }

    public IEnumerable<(string Source, int Count)> DateSources => Imported
        .GroupBy(f => f.Article!.DateSource ?? "none")
        .Select(g => (g.Key, g.Count()))
        .OrderByDescending(g => g.Item2);

    public void Print(TextWriter output, string folder)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine($"real corpus: {folder}");
        output.WriteLine(string.Format(culture, "files {0:N0}   imported {1:N0}   refused {2:N0}", Files.Count, Imported.Count, Refused.Count));
        foreach (var (reason, count) in RefusalReasons)
            output.WriteLine(string.Format(culture, "  refused {0,6:N0}  {1}", count, reason));
        output.WriteLine(string.Format(culture, "\ndates: {0}", string.Join("   ", DateSources.Select(d => $"{d.Source} {d.Count:N0}"))));
        if (DatesAgainstFileDay is { } check && check.Near + check.Elsewhere > 0)
            output.WriteLine(string.Format(culture, "dates against the day in the file name: on it or up to 2 days before {0:N0}, elsewhere {1:N0}", check.Near, check.Elsewhere));
        output.WriteLine(string.Format(culture, "credited sources: {0:N0} (known to the catalog: {1:N0})", Credited, CreditedFromCatalog));
        output.WriteLine(string.Format(culture, "titles over {0} characters: {1:N0}", FieldCheck.MaxTitleLength, LongTitles.Count));
        foreach (var file in LongTitles.Take(Examples))
            output.WriteLine($"  {Name(file)}  ({file.Article!.Title.Length} chars) «{Cut(file.Article.Title, 80)}»");
        output.WriteLine(string.Format(culture, "empty bodies: {0:N0}", EmptyBodies.Count));
        foreach (var file in EmptyBodies.Take(Examples))
            output.WriteLine($"  {Name(file)}  «{Cut(file.Article!.Title, 80)}»");
        output.WriteLine(string.Format(culture, "\nsummit tags: {0:N0}", SummitTags.Count));
        foreach (var file in SummitTags)
        {
            var article = file.Article!;
            output.WriteLine($"  {Name(file)}  {article.SummitId} ({article.SummitConfidence.ToString("0.00", culture)})  date {article.Date?.ToString("yyyy-MM-dd", culture) ?? "none"}");
            output.WriteLine($"    title: «{Cut(article.Title, 120)}»");
            output.WriteLine($"    evidence: {article.SummitEvidence}");
        }
    }

    /// <summary>Every file's fields on one block each, to read a sample of the parser's output (<c>--dump</c>).</summary>
    public void Dump(TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        foreach (var file in Files)
        {
            var article = file.Article;
            if (article is null)
            {
                output.WriteLine($"== {Name(file)}  refused: {file.Refusal}");
                continue;
            }
            output.WriteLine($"== {Name(file)}  date {article.Date?.ToString("yyyy-MM-dd", culture) ?? "none"} ({article.DateSource}: {article.DateEvidence})  source «{article.Source}» [{string.Join(',', article.SourceIds)}]");
            output.WriteLine($"   title «{article.Title}»  dateline «{article.Dateline}»  byline «{article.Byline}»");
            output.WriteLine($"   body ({article.Paragraphs.Count} paragraphs) «{Cut(article.Body.Replace('\n', ' '), 160)}»");
        }
    }

    private static string Name(RealCorpusFile file) => Path.GetFileName(file.Path);

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    [GeneratedRegex(@"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")]
    private static partial Regex FileDay();

    [GeneratedRegex(@"\d[\d,.]*")]
    private static partial Regex Digits();
}
