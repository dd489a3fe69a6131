using System.Globalization;
using System.Text;
using Lucene.Net.Util;

namespace NewsCorpus.Core.Search;

/// <summary>
/// What one line of an article list shows (id, file, title, date, summit, source), packed into one binary doc value.
/// A summit's or a month's page reads a hundred of them: from stored fields that meant decompressing a stored-fields
/// chunk per hit (10–14 ms a page, two thirds of it LZ4), from doc values it is a read from the mapped file.
/// Each value is written as its UTF-8 length plus one (0 for none) as a variable-length integer, then its bytes, so
/// any text — separators and control characters included — comes back as it went in.
/// </summary>
internal static class ListLine
{
    /// <summary>The fields in the order they are packed.</summary>
    private const int FieldCount = 6;

    public static BytesRef Encode(string id, string file, string title, DateOnly? date, string? summit, string? source)
    {
        using var bytes = new MemoryStream(64 + 2 * title.Length);
        foreach (var value in (ReadOnlySpan<string?>)[id, file, title, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), summit, source])
        {
            if (value is null)
            {
                bytes.WriteByte(0);
                continue;
            }
            var utf8 = Encoding.UTF8.GetBytes(value);
            WriteLength(bytes, utf8.Length + 1);
            bytes.Write(utf8);
        }
        return new BytesRef(bytes.ToArray());
    }

    /// <summary>The hit a packed line describes, with <paramref name="score"/>; no snippet, no marks.</summary>
    /// <exception cref="FormatException">The bytes are not a packed line (an index from another layout).</exception>
    public static SearchHit Decode(BytesRef packed, float score)
    {
        var values = new string?[FieldCount];
        var at = packed.Offset;
        var end = packed.Offset + packed.Length;
        for (var i = 0; i < FieldCount; i++)
        {
            var length = ReadLength(packed.Bytes, ref at, end) - 1;
            if (length < 0)
                continue;
            if (at + length > end)
                throw new FormatException("A list line's value runs past its end.");
            values[i] = Encoding.UTF8.GetString(packed.Bytes, at, length);
            at += length;
        }
        return Hit(values[0] ?? throw new FormatException("A list line has no id."), values[1] ?? "", values[2] ?? "", values[3], values[4], values[5], score);
    }

    /// <summary>
    /// The hit a line's values describe (<paramref name="date"/> as <c>yyyy-MM-dd</c>), with <paramref name="score"/>;
    /// no snippet, no marks. Shared by packed lines and by stored documents (exports, older segments).
    /// </summary>
    public static SearchHit Hit(string id, string file, string title, string? date, string? summit, string? source, float score) => new(
        Id: id,
        File: file,
        Title: title,
        Date: date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Summit: summit,
        Source: source,
        Score: float.IsNaN(score) ? 0f : score,
        Snippet: Snippet.Empty);

    private static void WriteLength(MemoryStream bytes, int value)
    {
        while (value >= 0x80)
        {
            bytes.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        bytes.WriteByte((byte)value);
    }

    private static int ReadLength(byte[] bytes, ref int at, int end)
    {
        var value = 0;
        for (var shift = 0; shift < 32; shift += 7)
        {
            if (at >= end)
                throw new FormatException("A list line ends inside a length.");
            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }
        throw new FormatException("A list line's length is too long.");
    }
}
