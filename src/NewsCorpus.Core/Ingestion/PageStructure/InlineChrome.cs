using System.Text.RegularExpressions;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Page chrome run into a line of text. Share buttons or slider controls before it (<c>شارك من خلال تويتر فيسبوك
/// جوجل بلس اكتب رأيك ضبطت الجهات …</c>, <c>Next Previous عين اليوم – واس</c>) are taken off; script or style
/// code after it (a poll's <c>#vote_area2 ul { padding: 0; }</c>, <c>jQuery(…)</c>) is cut with everything that
/// follows, which is the poll's form.
/// </summary>
internal sealed partial class InlineChrome(BoilerplatePhrases boilerplate)
{
    // One label may be the sentence's own first word ("شارك الرئيسان …"); a run of two or more is a share bar.
    private const int MinLeadingLabels = 2;
    private readonly LabelRun _labels = new(boilerplate.ShareLabels);

    /// <summary>The line without the chrome run into it; empty when nothing but chrome was there.</summary>
    public string Strip(string line)
    {
        var (labels, rest) = _labels.Leading(line);
        if (labels >= MinLeadingLabels)
            line = rest;
        var code = Code().Match(line);
        return code.Success ? line[..CodeStart(line, code.Index)].TrimEnd() : line;
    }

    // Back from the brace or keyword over the selector ("#vote_area2 ul "), up to the last Arabic letter or stop.
    private static int CodeStart(string line, int at)
    {
        while (at > 0 && !ArabicScript.IsArabicLetter(line[at - 1]) && line[at - 1] is not ('.' or '؟' or '?' or '!' or '"' or '»'))
            at--;
        return at;
    }

    // A CSS declaration block ("{ padding: 0;"), or script ("jQuery(", "function(", "var x =", "document.write").
    [GeneratedRegex(@"\{\s*-?[a-z][a-z-]*\s*:[^{};]{0,200};|\bjQuery\s*[.(]|\bfunction\s*\(|\bvar\s+\w+\s*=|\bdocument\.[a-zA-Z]+\s*\(|<(?:script|style)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Code();
}
