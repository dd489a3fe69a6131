using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>
/// Navigation and share bars scraped with the article: a breadcrumb trail (<c>الرئيسية » أخبار » العالم</c>)
/// and a line that is nothing but share buttons or network names (<c>شارك</c>, <c>Facebook Twitter WhatsApp</c>).
/// Their words come from <c>data/boilerplate.json</c>; they are dropped wherever they stand, above the title too.
/// </summary>
internal sealed class ChromeLine(BoilerplatePhrases boilerplate)
{
    // A trail is a few section names; past this it is a sentence that happens to contain "/" or ">".
    private const int MaxBreadcrumbWords = 30;
    private static readonly char[] CrumbSeparators = ['»', '«', '›', '‹', '>', '<', '/', '\\'];
    private static readonly char[] ShareSeparators = [' ', '|', '·', '•', '-', '–', ',', '،', ':', '/'];

    private readonly PhraseList _breadcrumbRoots = new(boilerplate.BreadcrumbRoots);
    private readonly PhraseList _shareLabels = new(boilerplate.ShareLabels);

    public bool Is(string line) => IsBreadcrumb(line) || IsShareBar(line);

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
}
