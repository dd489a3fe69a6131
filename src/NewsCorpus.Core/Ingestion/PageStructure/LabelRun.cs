using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Lines made of labels from one editor-kept list with separators between them: a share bar (<c>Facebook Twitter
/// WhatsApp</c>), a menu (<c>Home | News | Sport</c>), a wire's end marker (<c>// انتهى //</c>). Labels match on
/// folded text at word boundaries, longest first.
/// </summary>
internal sealed class LabelRun(IEnumerable<string> labels)
{
    private static readonly char[] Separators = [' ', '|', '·', '•', '-', '–', '—', ',', '،', ':', '/', '\\', '.', '…', '»', '«', '>', '<', '(', ')', '[', ']', '*'];

    private readonly PhraseList _labels = new(labels);

    /// <summary>How many labels <paramref name="line"/> is made of, or 0 when it holds anything else.</summary>
    public int CountWhole(string line)
    {
        var (count, rest) = Consume(ArabicNormalizer.Normalize(line));
        return rest.TrimEnd(Separators).Length == 0 ? count : 0;
    }

    /// <summary>
    /// The labels the line opens with and the text after them (<c>Next Previous عين اليوم – واس</c> opens with two),
    /// or 0 and the line itself.
    /// </summary>
    public (int Count, string After) Leading(string line)
    {
        // Asked of every line, and most open with no label: the map back to the original is only made for one that does.
        var (count, rest) = Consume(ArabicNormalizer.Normalize(line));
        if (count == 0)
            return (0, line);
        var folded = FoldedText.Of(line);
        return (count, folded.OriginalFrom(folded.Text.Length - rest.Length).Trim());
    }

    private (int Count, string Remaining) Consume(string folded)
    {
        var rest = folded.TrimStart(Separators);
        var count = 0;
        while (rest.Length > 0)
        {
            var matched = _labels.MatchAtStart(rest);
            if (matched == 0)
                break;
            count++;
            rest = rest[matched..].TrimStart(Separators);
        }
        return (count, rest);
    }
}
