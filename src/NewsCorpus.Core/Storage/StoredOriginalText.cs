using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using ZstdSharp;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// The <c>original_text</c> column, the source of truth and the largest: written as one Zstandard frame of the text's
/// UTF-16 code units in a BLOB, read back exactly. Rows written before hold Brotli-compressed UTF-8 (a BLOB) or TEXT,
/// and read as they are; they take the current form when next written (a reparse). It is read for one article, the
/// hits a page shows, exports and reparse.
/// </summary>
/// <remarks>
/// Why this form: a search page reads the texts of the 20 hits it shows, and that reading was most of a selective
/// search. On 4,000 real articles Brotli (quality 5) took 32 µs to give back an article's text, 12 of them turning
/// UTF-8 into a string; Zstandard decompresses 10 µs straight into the string's own memory, and compresses in 36 µs
/// instead of 160 (the import does it once an article), for 37% of the UTF-8 size instead of 34%.
/// </remarks>
internal static class StoredOriginalText
{
    // Zstandard's own default: levels 4-7 save 2-7% of the bytes for twice to four times the compression time.
    private const int Level = 3;

    // Every Zstandard frame begins with these bytes. A Brotli stream written here (window 22) never does: its first
    // byte is odd (the window's first header bit is set), and 0x28 is even.
    private static ReadOnlySpan<byte> ZstdMagic => [0x28, 0xB5, 0x2F, 0xFD];

    static StoredOriginalText()
    {
        // The frames hold UTF-16LE: a big-endian machine would read every stored text with its bytes swapped.
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("The article store keeps texts as little-endian UTF-16.");
    }

    // One context a core for each direction is enough: the import compresses on one thread a core, and a page reads
    // its texts in a few slices.
    private static readonly ReusedContexts<Compressor> Compressors = new(NewCompressor, Environment.ProcessorCount);
    private static readonly ReusedContexts<Decompressor> Decompressors = new(() => new Decompressor(), Environment.ProcessorCount);

    private static Compressor NewCompressor()
    {
        var compressor = new Compressor(Level);
        // The source of truth: a damaged frame must fail to read, not read as another text (4 bytes a frame).
        // A parameter stays set on a context that is used again (each frame starts a new session).
        compressor.SetParameter(ZstdSharp.Unsafe.ZSTD_cParameter.ZSTD_c_checksumFlag, 1);
        return compressor;
    }

    public static byte[] Compress(string text) =>
        Compressors.Use(text, static (compressor, text) => compressor.Wrap(MemoryMarshal.AsBytes(text.AsSpan())).ToArray());

    /// <summary>True when a column value is in the form <see cref="Compress"/> writes today.</summary>
    public static bool IsCurrentForm(object? value) => value is byte[] bytes && bytes.AsSpan().StartsWith(ZstdMagic);

    /// <summary>The text of a column value: a compressed BLOB, or TEXT from a row written before compression.</summary>
    public static string Read(object? value) => value switch
    {
        byte[] compressed when IsCurrentForm(compressed) => FromZstd(compressed),
        byte[] compressed => FromBrotli(compressed),
        string text => text,
        _ => "",
    };

    /// <summary>The frame's content size (always written) is the string's length: the text is decompressed into it.</summary>
    private static string FromZstd(byte[] frame)
    {
        var bytes = Decompressor.GetDecompressedSize(frame);
        if (bytes % 2 != 0 || bytes > int.MaxValue)
            throw new InvalidDataException($"A stored text's frame says it holds {bytes} bytes: not a text written here.");
        return Decompressors.Use((frame, length: (int)(bytes / 2)), static (decompressor, text) => string.Create(
            text.length, (decompressor, text.frame), static (chars, state) =>
            {
                var written = state.decompressor.Unwrap(state.frame, MemoryMarshal.AsBytes(chars));
                if (written != chars.Length * 2)
                    throw new InvalidDataException($"A stored text's frame gave {written} bytes of the {chars.Length * 2} it announced.");
            }));
    }

    // News text shrinks about fourfold: a buffer eight times the compressed size holds nearly every article at once.
    private const int GuessedRatio = 8;

    /// <summary>
    /// A row written before Zstandard. Decompressed in one call into a pooled buffer of a guessed size; text that
    /// compressed better than the guess, or bytes that are not Brotli, go through the stream, which grows as needed
    /// and says what is wrong.
    /// </summary>
    private static string FromBrotli(byte[] compressed)
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
