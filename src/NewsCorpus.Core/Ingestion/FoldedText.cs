using System.Buffers;
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
        var folded = ArrayPool<char>.Shared.Rent(Math.Max(1, original.Length));
        var map = ArrayPool<int>.Shared.Rent(Math.Max(1, original.Length));
        try
        {
            var length = ArabicNormalizer.Fold(original, folded, map);
            return new FoldedText(original, new string(folded, 0, length), map[..length]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
            ArrayPool<int>.Shared.Return(map);
        }
    }

    /// <summary>The original text from the character that folded to position <paramref name="foldedIndex"/> on.</summary>
    public string OriginalFrom(int foldedIndex) =>
        foldedIndex >= _originalIndex.Length ? "" : Original[_originalIndex[foldedIndex]..];
}
