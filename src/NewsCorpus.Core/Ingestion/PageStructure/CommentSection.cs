using System.Text.RegularExpressions;
using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// A page's comment section: from its heading (<c>التعليقات (3)</c>, <c>أضف تعليقك</c>, <c>Leave a comment</c>, from
/// <c>data/boilerplate.json</c>) to the end of the page there are only readers' comments and the form to add one.
/// The heading counts only below the title and a line of text, so a page cannot lose its article to it.
/// </summary>
internal sealed partial class CommentSection(BoilerplatePhrases boilerplate)
{
    private const int MinLinesAbove = 2;
    private readonly LabelRun _headings = new(boilerplate.CommentSectionStarts);

    /// <summary>The lines above the comment section (all of them when there is none).</summary>
    public IReadOnlyList<string> Cut(IReadOnlyList<string> lines)
    {
        for (var i = MinLinesAbove; i < lines.Count; i++)
        {
            if (_headings.CountWhole(Count().Replace(lines[i], " ")) > 0)
                return lines.Take(i).ToList();
        }
        return lines;
    }

    // "التعليقات (3)", "12 تعليق": the count beside the heading.
    [GeneratedRegex(@"\d+")]
    private static partial Regex Count();
}
