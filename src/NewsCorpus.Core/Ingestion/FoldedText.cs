using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>
/// A line folded by <see cref="ArabicNormalizer"/> for matching, remembering where each folded character came
/// from so a match on the folded form can cut the original text (e.g. the source name after "المصدر :").
/// </summary>
internal sealed class FoldedText
{
    private readonly int[] _originalIndex;

    private FoldedText(string original, string folded, int[] originalIndex)
    {
        Original = original;
        Text = folded;
        _originalIndex = originalIndex;
    }

    public string Original { get; }
    public string Text { get; }

    public static FoldedText Of(string original)
    {
        var folded = new System.Text.StringBuilder(original.Length);
        var map = new List<int>(original.Length);
        var dots = new WordBreakingDots(original);
        for (var i = 0; i < original.Length; i++)
        {
            if (dots.At(i) || ArabicNormalizer.IsRemovable(original[i]))
                continue;
            folded.Append(ArabicNormalizer.Fold(original[i]));
            map.Add(i);
        }
        return new FoldedText(original, folded.ToString(), [.. map]);
    }

    /// <summary>The original text from the character that folded to position <paramref name="foldedIndex"/> on.</summary>
    public string OriginalFrom(int foldedIndex) =>
        foldedIndex >= _originalIndex.Length ? "" : Original[_originalIndex[foldedIndex]..];
}
