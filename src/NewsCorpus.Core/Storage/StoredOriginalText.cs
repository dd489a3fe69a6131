using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// The <c>original_text</c> column, the source of truth and the largest: written as Brotli-compressed UTF-8 in a
/// BLOB (news text shrinks about fourfold), read back exactly. Rows written before hold TEXT and read as they are;
/// they are compressed when next written (a reparse). It is read only for one article, the hits shown and reparse.
/// </summary>
internal static class StoredOriginalText
{
    // Quality 5 of 11: most of the gain of the slower levels at a small share of their cost, for import speed.
    private const int Quality = 5;
    private const int Window = 22;

    public static byte[] Compress(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        if (!BrotliEncoder.TryCompress(utf8, compressed, out var written, Quality, Window))
            throw new InvalidOperationException("Brotli could not compress an article's original text.");
        return compressed[..written];
    }

    /// <summary>The text of a column value: a compressed BLOB, or TEXT from a row written before compression.</summary>
    public static string Read(object? value) => value switch
    {
        byte[] compressed => Decompress(compressed),
        string text => text,
        _ => "",
    };

    // News text shrinks about fourfold: a buffer eight times the compressed size holds nearly every article at once.
    private const int GuessedRatio = 8;

    /// <summary>
    /// Decompressed in one call into a pooled buffer of a guessed size (a stream costs a decoder state, its own buffer
    /// and a zeroed output per article: about a sixth of a selective search's CPU went there); text that compressed
    /// better than the guess, or bytes that are not Brotli, go through the stream, which grows as needed and says
    /// what is wrong.
    /// </summary>
    private static string Decompress(byte[] compressed)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(compressed.Length * GuessedRatio, 4096));
        try
        {
            if (BrotliDecoder.TryDecompress(compressed, buffer, out var written))
                return Encoding.UTF8.GetString(buffer, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        using var input = new MemoryStream(compressed);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(compressed.Length * GuessedRatio);
        brotli.CopyTo(output);
        return Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
    }
}
