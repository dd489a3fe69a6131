using System.IO.Compression;
using System.Text;

namespace NewsCorpus.Core.Tests.Storage;

/// <summary>The forms of the <c>original_text</c> column, written as builds before and since Zstandard wrote them.</summary>
internal static class OlderTextForms
{
    /// <summary>The first bytes of every Zstandard frame: the column's current form.</summary>
    public static readonly byte[] ZstdFrameStart = [0x28, 0xB5, 0x2F, 0xFD];

    /// <summary>How every row was written before Zstandard: UTF-8, Brotli quality 5, window 22.</summary>
    public static byte[] Brotli(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var brotli = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        if (!BrotliEncoder.TryCompress(utf8, brotli, out var written, 5, 22))
            throw new InvalidOperationException("Brotli could not compress the test text.");
        return brotli[..written];
    }
}
