using System.Text.RegularExpressions;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Navigation and share bars scraped with the article: a breadcrumb trail (<c>الرئيسية » أخبار » العالم</c>)
/// and a line that is nothing but share buttons or network names (<c>شارك</c>, <c>Facebook Twitter WhatsApp</c>).
/// Their words come from <c>data/boilerplate.json</c>; they are dropped wherever they stand, above the title too.
/// Also the editors' initials agencies sign a wire with (<c>ع.ع/م.ش</c>, <c>ب ف/ح س</c>).
/// </summary>
internal sealed partial class ChromeLine(BoilerplatePhrases boilerplate)
{
    // A trail is a few section names; past this it is a sentence that happens to contain "/" or ">".
    private const int MaxBreadcrumbWords = 30;
    private static readonly char[] CrumbSeparators = ['»', '«', '›', '‹', '>', '<', '/', '\\'];
    private static readonly char[] ShareSeparators = [' ', '|', '·', '•', '-', '–', ',', '،', ':', '/'];

    private readonly PhraseList _breadcrumbRoots = new(boilerplate.BreadcrumbRoots);
    private readonly PhraseList _shareLabels = new(boilerplate.ShareLabels);

    public bool Is(string line) => IsBreadcrumb(line) || IsShareBar(line) || IsSignOff(line);

    /// <summary>
    /// Writer/editor initials: groups of one or two Arabic letters split by dots or spaces, with a "/" between
    /// the writer's and the editor's. The slash keeps a bare agency credit ("أ ف ب") out.
    /// </summary>
    public static bool IsSignOff(string line) => line.Contains('/') && SignOff().IsMatch(line.Trim());

    /// <summary>Two or more crumbs split by » › > / whose first crumb is the site's root ("الرئيسية", "Home").</summary>
    public bool IsBreadcrumb(string line)
    {
        var crumbs = line.Split(CrumbSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return crumbs.Length >= 2
            && _breadcrumbRoots.MatchesWhole(ArabicNormalizer.Normalize(crumbs[0]))
            && LineShape.WordCount(line) <= MaxBreadcrumbWords;
    }

    /// <summary>A line made only of share labels and network names, with separators between them.</summary>
    public bool IsShareBar(string line)
    {
        var rest = ArabicNormalizer.Normalize(line).Trim(ShareSeparators);
        if (rest.Length == 0)
            return false;
        while (rest.Length > 0)
        {
            var matched = _shareLabels.MatchAtStart(rest);
            if (matched == 0)
                return false;
            rest = rest[matched..].TrimStart(ShareSeparators);
        }
        return true;
    }

    // A group is one or two letters, each maybe drawn out with a tatweel (هـ) or marked with a diacritic.
    [GeneratedRegex(@"^(?:[\u0621-\u063A\u0641-\u064A][\u0640\u064B-\u0652]*){1,2}(?:[\s./]+(?:[\u0621-\u063A\u0641-\u064A][\u0640\u064B-\u0652]*){1,2}){1,7}$")]
    private static partial Regex SignOff();
}
