using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.Sources;

/// <summary>Finds the outlets and agencies of <c>data/sources.json</c> named in a short text (a source line, a dateline part).</summary>
internal sealed class SourceNameFinder
{
    // Longest alias first: "الجزيرة نت" is one name, not "الجزيرة" plus a stray word.
    private readonly (string Alias, string Id)[] _aliases;

    public SourceNameFinder(SourceCatalog catalog) =>
        _aliases = catalog.Sources
            .SelectMany(s => s.Aliases.Append(s.NameAr).Append(s.NameEn).Select(a => (Alias: ArabicNormalizer.Normalize(a).Trim(), s.Id)))
            .Where(a => a.Alias.Length > 0)
            .DistinctBy(a => a.Alias)
            .OrderByDescending(a => a.Alias.Length)
            .ToArray();

    /// <summary>The ids of the sources named in <paramref name="text"/>, in the order they appear, each once.</summary>
    public IReadOnlyList<string> IdsIn(string text) => Find(ArabicNormalizer.Normalize(text)).Ids;

    /// <summary>
    /// True when <paramref name="text"/> is nothing but source names joined by "+", "و", commas or dashes
    /// (<c>الجزيرة + وكالات</c>), so a phrase like "المصدر نفسه أكد" is not read as a source line.
    /// </summary>
    public bool IsOnlySourceNames(string text)
    {
        var (ids, rest) = Find(ArabicNormalizer.Normalize(text));
        return ids.Count > 0 && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(word => word.All(c => !char.IsLetterOrDigit(c)) || word == "و");
    }

    private (IReadOnlyList<string> Ids, string Remainder) Find(string folded)
    {
        var found = new List<(int At, string Id)>();
        var rest = folded.ToCharArray();
        foreach (var (alias, id) in _aliases)
        {
            var text = new string(rest);
            for (var at = text.IndexOf(alias, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(alias, at + alias.Length, StringComparison.Ordinal))
            {
                if (!IsWholeWords(text, at, alias.Length))
                    continue;
                found.Add((at, id));
                // Blank the match out so a shorter alias cannot match inside it again.
                Array.Fill(rest, ' ', at, alias.Length);
                text = new string(rest);
            }
        }
        var ids = found.OrderBy(f => f.At).Select(f => f.Id).Distinct(StringComparer.Ordinal).ToArray();
        return (ids, new string(rest));
    }

    // A leading "و" (and) may join the name to the previous one: "الجزيرة ووكالات".
    private static bool IsWholeWords(string text, int at, int length)
    {
        var before = at == 0 || !char.IsLetterOrDigit(text[at - 1])
            || (text[at - 1] == 'و' && (at == 1 || !char.IsLetterOrDigit(text[at - 2])));
        var end = at + length;
        return before && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }
}
