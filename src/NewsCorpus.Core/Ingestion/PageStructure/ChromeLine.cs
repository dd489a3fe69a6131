using System.Buffers;
using System.Text.RegularExpressions;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Whole lines of page chrome scraped with the article: a breadcrumb trail (<c>الرئيسية » أخبار » العالم</c>), a
/// share bar (<c>شارك</c>, <c>Facebook Twitter WhatsApp</c>), a site menu in any language (<c>Home | News | Sport</c>,
/// <c>English Français</c>), a comment form's fields, a wire's part markers (<c>// انتهى //</c>,
/// <c>إضافة خامسة وأخيرة</c>) and the editors' initials agencies sign a wire with (<c>ع.ع/م.ش</c>). Their words come
/// from <c>data/boilerplate.json</c>; they are dropped wherever they stand, above the title too.
/// </summary>
internal sealed partial class ChromeLine(BoilerplatePhrases boilerplate)
{
    // A trail is a few section names; past this it is a sentence that happens to contain "/" or ">".
    private const int MaxBreadcrumbWords = 30;
    // One menu word alone may be a section heading the article keeps; two or more side by side are a menu.
    private const int MinMenuLabels = 2;
    // "فلسطين | سوريا | العراق | لبنان": short items split by bars or bullets, with no sentence among them.
    private const int MinMenuItems = 4;
    private const int MaxMenuItemWords = 3;
    private static readonly char[] CrumbSeparators = ['»', '«', '›', '‹', '>', '<', '/', '\\'];
    private static readonly char[] MenuSeparators = ['|', '•', '·', '●', '▪'];
    private static readonly SearchValues<char> AnyCrumbSeparator = SearchValues.Create(CrumbSeparators);
    private static readonly SearchValues<char> AnyMenuSeparator = SearchValues.Create(MenuSeparators);

    private readonly PhraseList _breadcrumbRoots = new(boilerplate.BreadcrumbRoots);
    private readonly LabelRun _shareLabels = new(boilerplate.ShareLabels);
    private readonly LabelRun _menuLabels = new(boilerplate.MenuLabels.Concat(boilerplate.ShareLabels));
    private readonly LabelRun _wireMarkers = new(boilerplate.WireMarkers);
    private readonly LabelRun _formLabels = new(boilerplate.CommentFormLabels);

    public bool Is(string line) =>
        IsBreadcrumb(line) || IsShareBar(line) || IsMenu(line) || IsWireMarker(line) || IsCommentFormField(line) || IsSignOff(line);

    /// <summary>
    /// Writer/editor initials: groups of one or two Arabic letters split by dots or spaces, with a "/" between
    /// the writer's and the editor's. The slash keeps a bare agency credit ("أ ف ب") out.
    /// </summary>
    public static bool IsSignOff(string line) => line.Contains('/') && SignOff().IsMatch(line.Trim());

    /// <summary>Two or more crumbs split by » › > / whose first crumb is the site's root ("الرئيسية", "Home").</summary>
    public bool IsBreadcrumb(string line)
    {
        // Asked of every line: one without a separator is no trail, and is not split to find that out.
        if (line.AsSpan().IndexOfAny(AnyCrumbSeparator) < 0)
            return false;
        var crumbs = line.Split(CrumbSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return crumbs.Length >= 2
            && _breadcrumbRoots.MatchesWhole(ArabicNormalizer.Normalize(crumbs[0]))
            && !LineShape.HasMoreWordsThan(line, MaxBreadcrumbWords);
    }

    /// <summary>A line made only of share labels and network names, with separators between them.</summary>
    public bool IsShareBar(string line) => _shareLabels.CountWhole(line) > 0;

    /// <summary>Menu entries side by side, or four or more short items split by bars or bullets.</summary>
    public bool IsMenu(string line)
    {
        if (_menuLabels.CountWhole(line) >= MinMenuLabels)
            return true;
        if (line.AsSpan().IndexOfAny(AnyMenuSeparator) < 0)
            return false;
        var items = line.Split(MenuSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return items.Length >= MinMenuItems
            && items.All(i => LineShape.WordCount(i) is >= 1 and <= MaxMenuItemWords && !LineShape.HasSentencePunctuation(i));
    }

    /// <summary>"// انتهى //", "يتبع", "إضافة خامسة وأخيرة": how an agency marks where a wire's parts end.</summary>
    public bool IsWireMarker(string line) => _wireMarkers.CountWhole(line) > 0;

    /// <summary>A comment form's field or button: "الاسم", "البريد الإلكتروني *", "إرسال التعليق".</summary>
    public bool IsCommentFormField(string line) => _formLabels.CountWhole(line) > 0;

    // A group is one or two letters, each maybe drawn out with a tatweel (هـ) or marked with a diacritic.
    [GeneratedRegex(@"^(?:[\u0621-\u063A\u0641-\u064A][\u0640\u064B-\u0652]*){1,2}(?:[\s./]+(?:[\u0621-\u063A\u0641-\u064A][\u0640\u064B-\u0652]*){1,2}){1,7}$")]
    private static partial Regex SignOff();
}
