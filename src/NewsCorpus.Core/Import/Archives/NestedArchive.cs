namespace NewsCorpus.Core.Import.Archives;

/// <summary>Archives inside an archive are refused, not unpacked: each level would multiply what one upload can hold.</summary>
internal static class NestedArchive
{
    public const string Reason = "an archive inside the archive is not unpacked; unpack it and import its files";

    private static readonly string[] Extensions = [".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".jar"];

    public static bool ByName(string fullName) =>
        Extensions.Any(e => fullName.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>By the first bytes: zip, gzip, bzip2, xz, 7-Zip, RAR, zstd.</summary>
    public static bool ByHeader(ReadOnlySpan<byte> head) =>
        IsZipHeader(head)
        || head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])
        || head.StartsWith("BZh"u8)
        || head.StartsWith((ReadOnlySpan<byte>)[0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z'])
        || head.StartsWith((ReadOnlySpan<byte>)[(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C])
        || head.StartsWith("Rar!"u8)
        || head.StartsWith((ReadOnlySpan<byte>)[0x28, 0xB5, 0x2F, 0xFD]);

    public static bool IsZipHeader(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 3, 4]) || head.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 5, 6]);
}
