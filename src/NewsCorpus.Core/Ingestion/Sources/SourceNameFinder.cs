using System.Text.RegularExpressions;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.Sources;

/// <summary>
/// Finds the outlets and agencies of <c>data/sources.json</c> named in a short text (a source line, a dateline part,
/// a credit in parentheses). A name that is also an ordinary word or a place (<c>الرياض</c>, <c>اليوم</c>) counts only
/// after an outlet word (<c>صحيفة الرياض</c>), or bare in an explicit credit (<c>المصدر: الرياض</c>).
/// </summary>
internal sealed partial class SourceNameFinder
{
    // Longest alias first: "الجزيرة نت" is one name, not "الجزيرة" plus a stray word.
    // "صحيفة الأيام", "وكالة أنباء الأناضول": an outlet word and a short name is a credit even when the catalog lacks it.
    private const int MaxUnknownOutletWords = 5;

    private readonly AliasTable _names;
    private readonly AliasTable _explicitNames;
    private readonly PhraseList _outletWords;

    public SourceNameFinder(SourceCatalog catalog)
    {
        var outletWords = catalog.OutletWords.Select(Fold).Where(w => w.Length > 0).ToArray();
        _outletWords = new PhraseList(outletWords);
        var listed = new List<(string Alias, string? Id)>();
        var generated = new List<(string Alias, string? Id)>();
        var bare = new List<(string Alias, string Id)>();
        foreach (var source in catalog.Sources)
        {
            var common = source.CommonWordAliases.Select(Fold).Where(a => a.Length > 0).ToHashSet(StringComparer.Ordinal);
            listed.AddRange(source.Aliases.Append(source.NameAr).Append(source.NameEn)
                .Select(Fold).Where(a => a.Length > 0 && !common.Contains(a)).Select(a => (a, (string?)source.Id)));
            generated.AddRange(common.SelectMany(a => outletWords.Select(w => ($"{w} {a}", (string?)source.Id))));
            bare.AddRange(common.Select(a => (a, source.Id)));
        }
        // Names an outlet lists win over generated ones: "صحيفة الجزيرة" is the Saudi paper's, whatever else is called الجزيرة.
        var names = Longest(listed.Concat(generated));
        _names = new AliasTable(names);
        // A bare common name claimed by two outlets (الوطن) is still a credit, but names neither.
        var bareNames = bare.GroupBy(b => b.Alias, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(b => b.Id).Distinct(StringComparer.Ordinal).Count() == 1 ? g.First().Id : null));
        _explicitNames = new AliasTable(Longest(names.Concat(bareNames)));
    }

    /// <summary>The ids of the sources named in <paramref name="text"/>, in the order they appear, each once.</summary>
    public IReadOnlyList<string> IdsIn(string text, bool explicitCredit = false) => Find(Fold(text), explicitCredit).Ids;

    /// <summary>
    /// True when <paramref name="text"/> is nothing but source names joined by "+", "و", commas or dashes
    /// (<c>الجزيرة + وكالات</c>), so a phrase like "المصدر نفسه أكد" is not read as a source line.
    /// </summary>
    public bool IsOnlySourceNames(string text, bool explicitCredit = false)
    {
        var (ids, rest, named) = Find(Fold(text), explicitCredit);
        return named && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(word => word.All(c => !char.IsLetterOrDigit(c)) || word == "و");
    }

    /// <summary>
    /// True when <paramref name="text"/> is a credit where a credit stands (a dateline's part, a line of its own): known
    /// source names, or an outlet word and a short name the catalog does not know (<c>صحيفة الأيام الجديدة</c>).
    /// </summary>
    public bool IsCredit(string text)
    {
        if (IsOnlySourceNames(text))
            return true;
        var folded = Fold(text);
        var words = LineShape.WordCount(folded);
        return _outletWords.MatchAtStart(folded) is > 0 and var length && length < folded.Length
            && words <= MaxUnknownOutletWords && !LineShape.HasSentencePunctuation(text);
    }

    /// <summary>
    /// Folds a name for matching. Dots between letters separate the letters of an abbreviation or the parts of a
    /// domain here (<c>أ.ف.ب</c> is <c>أ ف ب</c>), so August's <c>آب</c> never reads as AP's <c>أ.ب</c>.
    /// </summary>
    internal static string Fold(string text) =>
        Spaces().Replace(ArabicNormalizer.Normalize(InnerDot().Replace(text, " ")), " ").Trim();

    // Reads the folded text word by word, taking at each word the longest alias that starts there and blanking it out.
    private (IReadOnlyList<string> Ids, string Remainder, bool Named) Find(string folded, bool explicitCredit)
    {
        var table = explicitCredit ? _explicitNames : _names;
        var ids = new List<string>();
        var rest = folded.ToCharArray();
        var named = false;
        for (var at = 0; at < folded.Length; at++)
        {
            if (!StartsWord(folded, at))
                continue;
            var (length, id) = table.LongestAt(folded, at);
            if (length == 0)
                continue;
            named = true;
            if (id is not null && !ids.Contains(id, StringComparer.Ordinal))
                ids.Add(id);
            Array.Fill(rest, ' ', at, length);
            at += length - 1;
        }
        return (ids, new string(rest), named);
    }

    // A word starts here, or here after a joining "و" (and): "الجزيرة ووكالات".
    private static bool StartsWord(string text, int at) =>
        at == 0 || !char.IsLetterOrDigit(text[at - 1])
        || (text[at - 1] == 'و' && (at == 1 || !char.IsLetterOrDigit(text[at - 2])));

    private static (string Alias, string? Id)[] Longest(IEnumerable<(string Alias, string? Id)> names) =>
        names.DistinctBy(n => n.Alias, StringComparer.Ordinal).OrderByDescending(n => n.Alias.Length).ToArray();

    [GeneratedRegex(@"(?<=\w)[.·](?=\w)")]
    private static partial Regex InnerDot();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    /// <summary>Aliases by their first character, longest first, so each word start is tried against a few.</summary>
    private sealed class AliasTable((string Alias, string? Id)[] aliases)
    {
        private readonly ILookup<char, (string Alias, string? Id)> _byFirst = aliases.ToLookup(a => a.Alias[0]);

        public (int Length, string? Id) LongestAt(string text, int at)
        {
            foreach (var (alias, id) in _byFirst[text[at]])
            {
                var end = at + alias.Length;
                if (string.CompareOrdinal(text, at, alias, 0, alias.Length) == 0
                    && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                    return (alias.Length, id);
            }
            return (0, null);
        }
    }
}
