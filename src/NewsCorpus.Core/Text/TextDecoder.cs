using System.Text;

namespace NewsCorpus.Core.Text;

/// <summary>
/// Turns raw file bytes into text. Arabic archives come as UTF-8 (with or without BOM), UTF-16 with a BOM,
/// or Windows-1256; anything else is refused with a reason a person can act on.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, or says why the file cannot be an article.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return DecodedText.Refuse("the file is empty");

        var decoded = DecodeByBomOrContent(bytes);
        if (decoded.IsRefused)
            return decoded;

        var text = decoded.Text!;
        if (string.IsNullOrWhiteSpace(text))
            return DecodedText.Refuse("the file holds only whitespace");
        if (text.Contains('\0'))
            return DecodedText.Refuse("the file contains NUL characters (a binary file?)");
        if (LooksBinary(text))
            return DecodedText.Refuse("the file looks binary: too many control characters");
        if (!ArabicScript.ContainsArabicLetter(text))
            return DecodedText.Refuse("the file has no Arabic text");
        return decoded;
    }

    private static DecodedText DecodeByBomOrContent(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Strict(StrictUtf8, bytes[3..], "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Strict(StrictUtf16Le, bytes[2..], "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Strict(StrictUtf16Be, bytes[2..], "utf-16be");

        // Without a BOM a NUL byte means UTF-16 without a mark, UTF-32 or a binary file: none is an article we can trust.
        if (bytes.Contains((byte)0))
            return DecodedText.Refuse("the file contains NUL bytes (binary, or UTF-16 without a byte-order mark)");

        var utf8 = Strict(StrictUtf8, bytes, "utf-8");
        if (!utf8.IsRefused)
            return utf8;

        // UTF-8 Arabic with a few damaged bytes is not Windows-1256: read as 1256 it would be stored as mojibake.
        if (MostlyUtf8Arabic(bytes))
            return DecodedText.Refuse($"the file is UTF-8 with invalid bytes (first at byte {FirstInvalidUtf8(bytes):N0}): undecodable bytes");

        // Windows-1256 maps nearly every byte to something, so it can only be trusted when the result reads as Arabic.
        var cp1256 = Encoding.GetEncoding(1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var legacy = Strict(cp1256, bytes, "windows-1256");
        if (!legacy.IsRefused && ArabicScript.MostLettersAreArabic(legacy.Text!))
            return legacy;
        return DecodedText.Refuse("the file has bytes that are neither UTF-8 nor Windows-1256 Arabic (undecodable bytes)");
    }

    private static DecodedText Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return DecodedText.Ok(encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException)
        {
            return DecodedText.Refuse($"the file is not valid {name}");
        }
    }

    // In UTF-8 Arabic nearly every byte over 0x7F is part of a two-byte letter (lead 0xD8-0xDB, then 0x80-0xBF);
    // in Windows-1256 Arabic letters are single bytes 0xC1-0xFE and such pairs are rare.
    private static bool MostlyUtf8Arabic(ReadOnlySpan<byte> bytes)
    {
        int high = 0, inPairs = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
                continue;
            high++;
            if (bytes[i] is >= 0xD8 and <= 0xDB && i + 1 < bytes.Length && bytes[i + 1] is >= 0x80 and <= 0xBF)
            {
                inPairs += 2;
                high++;
                i++;
            }
        }
        const int MinArabicLetters = 8;
        return inPairs >= 2 * MinArabicLetters && inPairs * 2 >= high;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
                return offset;
            offset += consumed;
        }
        return offset;
    }

    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t') && !TextCleaner.IsParagraphMark(c))
                control++;
        }
        return control > 0 && control * 100 > text.Length;
    }
}
