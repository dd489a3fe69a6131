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
    // A dated dateline: the place, a Hijri and a Gregorian date, and the agency.
    private const int MaxDatedWords = 16;
    private const int MaxAgencyWords = 3;
    private const int MinDateNumbers = 2;
    // "سان فرانسيسكو 20 يوليو تموز (رويترز)": a place and a date with both month names.
    private const int MaxDatedPartWords = 5;
    private const int MaxLabelWords = 4;
    // How far into a paragraph a leading dateline may reach ("موسكو-سانا أكد ...").
    private const int MaxLeadingWords = 9;
    private const int MinWordsAfterLeadingDateline = 3;

    /// <summary>A line that is only a dateline or byline.</summary>
    public Dateline? ReadLine(string line)
    {
        var text = line.Trim().TrimEnd(':', '-', '–', '—', ' ');
        var dateline = Read(text) ?? ReadAfterLabel(text);
        if (dateline is null)
            return null;
        var words = Parts(text).Sum(p => LineShape.WordCount(WithoutParentheses(p)));
        return dateline.Agency is not null || words <= MaxWordsWithoutKnownAgency ? dateline : null;
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
            // Read in place: the rest is copied only for a dateline taken (up to nine heads are tried a paragraph).
            var rest = paragraph.AsSpan(end).TrimStart(" :-–—");
            if (!LineShape.HasMoreWordsThan(rest, MinWordsAfterLeadingDateline - 1))
                break;
            var dateline = Read(head);
            if (dateline is null || dateline.AgencyIds.Count == 0)
                continue;
            // "موسكو (رويترز)" is one part, and "سبق- جدة" names its outlet first: each must be closed off by a dash or
            // colon to be a dateline and not a subject ("رويترز - نقلت الوكالة …"), unless it is dated:
            // "بكين 5 يوليو 2016 (شينخوا) أعلن ..." is how Xinhua opens.
            var closed = hadTrailingMark || paragraph[end..].TrimStart() is ['-' or '–' or '—' or ':', ..];
            var parts = Parts(head);
            var needsClosing = parts.Length == 1 || !parts.Skip(1).Any(p => sources.IsCredit(WithoutParentheses(p).Trim('«', '»', ' ')));
            if (needsClosing && !closed && !(head.EndsWith(')') && head.Any(char.IsDigit)))
                continue;
            return (dateline, rest.ToString());
        }
        return null;
    }

    // "رصد وتصوير: أحمد حجازي – عين اليوم", "إبراهيم الحذيفي – نايف عبدالله: عين اليوم": a short label, a colon, then
    // the dateline or the outlet alone.
    private Dateline? ReadAfterLabel(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || LineShape.WordCount(text[..colon]) > MaxLabelWords || LineShape.HasSentencePunctuation(text[..colon].Replace('،', ' ')))
            return null;
        var after = text[(colon + 1)..].Trim();
        if (Read(after) is { Agency: not null } dateline)
            return dateline with { Text = text };
        return sources.IsOnlySourceNames(after) ? new Dateline(text, after, sources.IdsIn(after)) : null;
    }

    private Dateline? Read(string text)
    {
        // Commas may list two reporters ("داليا أبوالعيش، عمر إبراهيم – عين اليوم") when an outlet is named.
        if (text.Length == 0 || LineShape.HasSentencePunctuation(text.Replace('،', ' ').Replace(',', ' ')) || text.Contains(':'))
            return null;
        var parts = Parts(text);
        if (parts.Length > MaxParts || parts.Any(p => !IsPart(p)))
            return null;
        if (parts.Sum(p => LineShape.WordCount(WithoutParentheses(p))) > MaxWords)
            return null;

        // The agency is a part after the place ("موسكو - رويترز"), one named in parentheses ("موسكو (رويترز)"), or the
        // outlet before the place or reporter ("عين اليوم – الرياض", "سبق- جدة"); a lone part must use parentheses.
        var named = new List<string>();
        var namedParts = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var bare = WithoutParentheses(parts[i]).Trim('«', '»', ' ');
            if ((i > 0 || parts.Length > 1) && sources.IsCredit(bare))
            {
                named.Add(bare);
                namedParts++;
            }
            if (Parenthesized(parts[i]) is { } inner && sources.IsOnlySourceNames(inner.Trim('«', '»', ' ')))
                named.Add(inner.Trim('«', '»', ' '));
        }
        if (named.Count > 0)
        {
            // "عين اليوم – واس" is all credit, written as it stands; otherwise the named parts without the place.
            var agency = namedParts == parts.Length ? text.Trim('«', '»', ' ') : string.Join(" - ", named);
            return new Dateline(text, agency, sources.IdsIn(agency));
        }
        // A single part is a dateline only when it names its agency; otherwise it is just a short line.
        return parts.Length >= 2 && text.IndexOfAny(['،', ',']) < 0 ? new Dateline(text, null, []) : null;
    }

    /// <summary>
    /// A dated dateline without dashes, as Saudi Press Agency prints one under the title:
    /// <c>الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس</c> — a place, the date written out with its year, then
    /// the agency. A headline that ends in an outlet's name (<c>30 مشاركاً في سوق عكاظ</c>) has no such date.
    /// </summary>
    public Dateline? ReadDated(string line)
    {
        var text = line.Trim();
        if (LineShape.HasSentencePunctuation(text) || LineShape.HasMoreWordsThan(text, MaxDatedWords))
            return null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = 1; take <= MaxAgencyWords && take < words.Length; take++)
        {
            var agency = string.Join(' ', words[^take..]).Trim('(', ')', '«', '»', '.', '-', '–', ' ');
            if (IsDate(words[..^take]) && sources.IsOnlySourceNames(agency))
                return new Dateline(text, agency, sources.IdsIn(agency));
        }
        return null;
    }

    // A year among the words and numbers making up a third of them: "الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م".
    private static bool IsDate(string[] words)
    {
        var numbers = words.Count(w => w.Any(char.IsDigit));
        return numbers >= MinDateNumbers && numbers * 3 >= words.Length && words.Any(w => Year().IsMatch(w));
    }

    private static string[] Parts(string text) =>
        Separator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();

    private static bool IsPart(string part)
    {
        // A day and year in the part ("بكين 5 يوليو 2016") are not more place words; a comma lists two names.
        var pieces = WithoutParentheses(part).Split(['،', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(piece => piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)))
            .ToArray();
        var words = pieces.DefaultIfEmpty(0).Max();
        return (words is >= 1 and <= MaxPartWords || (words <= MaxDatedPartWords && part.Any(char.IsDigit)))
            && part.All(c => char.IsLetterOrDigit(c) || c is ' ' or '(' or ')' or '«' or '»' or '.' or '/' or '،' or ',' or '\u0640'
                || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
    }

    private static string WithoutParentheses(string part) => Parenthesized(part) is { } inner
        ? part.Replace($"({inner})", " ", StringComparison.Ordinal)
        : part;

    private static string? Parenthesized(string part)
    {
        var match = ParenthesizedGroup().Match(part);
        return match.Success ? match.Groups[1].Value : null;
    }

    // Hyphen, en or em dash, or a free-standing tatweel or underscore used as a dash ("بيروت ـ وكالات", "رواف _ عين اليوم").
    // A tatweel run on to a letter draws the letter out ("لـ «عكاظ»"): it separates nothing.
    [GeneratedRegex(@"\s*[-–—]\s*|\s+[ـ_]+\s*")]
    private static partial Regex Separator();

    // 1436 (Hijri) or 2015, maybe with its era letter run on: "1436هـ", "2015م".
    [GeneratedRegex(@"^(?:1[34]\d\d|19\d\d|20\d\d)\D{0,2}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"\(([^()]{1,40})\)")]
    private static partial Regex ParenthesizedGroup();
}
