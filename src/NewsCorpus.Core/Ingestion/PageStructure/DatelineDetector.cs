using System.Text.RegularExpressions;
using NewsCorpus.Core.Ingestion.Sources;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>A dateline (<c>هانغتشو-الصين-سانا</c>, <c>دانانغ (فيتنام) - أ ف ب</c>) and the agency it names, if known.</summary>
internal sealed record Dateline(string Text, string? Agency, IReadOnlyList<string> AgencyIds);

/// <summary>
/// Finds datelines by shape: a few short place/agency parts joined by dashes, maybe a country or agency in
/// parentheses, and no sentence punctuation. Works without a list of places, so unknown towns are fine.
/// </summary>
internal sealed partial class DatelineDetector(SourceNameFinder sources)
{
    private const int MaxPartWords = 3;
    private const int MaxParts = 4;
    private const int MaxWords = 8;
    // A dateline whose agency is not in the catalog ("سوشال-متابعة") must be tiny to be trusted.
    private const int MaxWordsWithoutKnownAgency = 3;
    // How far into a paragraph a leading dateline may reach ("موسكو-سانا أكد ...").
    private const int MaxLeadingWords = 9;
    private const int MinWordsAfterLeadingDateline = 3;

    /// <summary>A line that is only a dateline or byline.</summary>
    public Dateline? ReadLine(string line)
    {
        var text = line.Trim().TrimEnd(':').Trim();
        var dateline = Read(text);
        if (dateline is null)
            return null;
        var words = Parts(text).Sum(p => LineShape.WordCount(WithoutParentheses(p)));
        return dateline.AgencyIds.Count > 0 || words <= MaxWordsWithoutKnownAgency ? dateline : null;
    }

    /// <summary>
    /// A dateline that opens a paragraph, and the paragraph without it. Only a dateline that names a known agency
    /// is taken, so an ordinary sentence that happens to start with a hyphenated word keeps its words.
    /// </summary>
    public (Dateline Dateline, string Remainder)? SplitLeading(string paragraph)
    {
        var spaces = 0;
        for (var end = paragraph.IndexOf(' '); end > 0 && spaces < MaxLeadingWords; end = paragraph.IndexOf(' ', end + 1), spaces++)
        {
            var head = paragraph[..end].Trim();
            var hadTrailingMark = head.Length > 0 && head[^1] is ':' or '-' or '–' or '—';
            head = head.TrimEnd(':', '-', '–', '—', ' ');
            var rest = paragraph[end..].TrimStart(' ', ':', '-', '–', '—');
            if (LineShape.WordCount(rest) < MinWordsAfterLeadingDateline)
                break;
            var dateline = Read(head);
            if (dateline is null || dateline.AgencyIds.Count == 0)
                continue;
            // "موسكو (رويترز)" is one part; it must be closed off by a dash or colon to be a dateline and not a subject.
            if (Parts(head).Length == 1 && !hadTrailingMark && paragraph[end..].TrimStart() is not ['-' or '–' or '—' or ':', ..])
                continue;
            return (dateline, rest);
        }
        return null;
    }

    private Dateline? Read(string text)
    {
        if (text.Length == 0 || LineShape.HasSentencePunctuation(text) || text.Contains(':'))
            return null;
        var parts = Parts(text);
        if (parts.Length > MaxParts || parts.Any(p => !IsPart(p)))
            return null;
        if (parts.Sum(p => LineShape.WordCount(WithoutParentheses(p))) > MaxWords)
            return null;

        // The agency is the last part after the place, or the one named in parentheses: "موسكو (رويترز)".
        var candidates = parts.Skip(1).Reverse().Concat(parts.Select(Parenthesized).OfType<string>());
        foreach (var candidate in candidates)
        {
            var name = candidate.Trim('«', '»', '(', ')', ' ');
            if (sources.IsOnlySourceNames(name))
                return new Dateline(text, name, sources.IdsIn(name));
        }
        // A single part is a dateline only when it names its agency; otherwise it is just a short line.
        return parts.Length >= 2 ? new Dateline(text, null, []) : null;
    }

    private static string[] Parts(string text) => Separator().Split(text).Select(p => p.Trim()).ToArray();

    private static bool IsPart(string part)
    {
        var words = LineShape.WordCount(WithoutParentheses(part));
        return words is >= 1 and <= MaxPartWords
            && part.All(c => char.IsLetterOrDigit(c) || c is ' ' or '(' or ')' or '«' or '»' or '.' or '\u0640');
    }

    private static string WithoutParentheses(string part) => Parenthesized(part) is { } inner
        ? part.Replace($"({inner})", " ", StringComparison.Ordinal)
        : part;

    private static string? Parenthesized(string part)
    {
        var match = ParenthesizedGroup().Match(part);
        return match.Success ? match.Groups[1].Value : null;
    }

    // Hyphen, en or em dash, or a free-standing tatweel used as a dash ("بيروت ـ وكالات").
    [GeneratedRegex(@"\s*[-–—]\s*|\s+ـ+\s*|\s*ـ+\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\(([^()]{1,40})\)")]
    private static partial Regex ParenthesizedGroup();
}
