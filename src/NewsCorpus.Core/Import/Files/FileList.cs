using System.Collections;
using System.Text;

namespace NewsCorpus.Core.Import.Files;

/// <summary>
/// The files an import goes through, in order, held compactly: each file's folder once (files come folder by folder)
/// and its name as UTF-8 in shared blocks, about 35 bytes a file instead of a string of its whole path (130 bytes): a
/// million-file import held 130 MB of paths for the whole run, and then 48 MB with the names as UTF-16 (s45).
/// </summary>
/// <remarks>
/// Everything is kept in blocks below the large-object threshold (85,000 bytes), added a block at a time and never
/// copied: grown by doubling, one big array left each old copy in the large-object heap, free but still committed,
/// for the rest of the run.
/// </remarks>
internal sealed class FileList : IReadOnlyList<string>
{
    private const int BytesPerBlock = 64 * 1024;
    private const int FilesPerBlock = 4 * 1024;
    // Per file: its name's block, its name's offset and length in it (offset | length << 16), its folder.
    private const int IntsPerFile = 3;
    /// <summary>The longest name held, in UTF-8 bytes (its length has 16 bits). File systems allow 255 bytes (Linux) or 255 UTF-16 units.</summary>
    public const int MaxNameBytes = BytesPerBlock - 1;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly List<string> _folders = [];
    private readonly List<byte[]> _blocks = [];
    private int _bytesUsed;
    private readonly List<int[]> _files = [];

    public int Count { get; private set; }

    /// <summary>The <paramref name="index"/>th file's path, exactly as it was added.</summary>
    public string this[int index] => string.Concat(_folders[Record(index)[2]], Name(index));

    /// <summary>The file name of the <paramref name="index"/>th file (its path after the last separator).</summary>
    public string Name(int index) => Utf8.GetString(NameUtf8(index));

    /// <summary>The file name of the <paramref name="index"/>th file as UTF-8, without a copy: compared and hashed as bytes.</summary>
    public ReadOnlySpan<byte> NameUtf8(int index)
    {
        var record = Record(index);
        return _blocks[record[0]].AsSpan(record[1] & 0xFFFF, (int)((uint)record[1] >> 16));
    }

    /// <summary>
    /// Why <paramref name="path"/>'s file name cannot be held, or null: a name longer than <see cref="MaxNameBytes"/>,
    /// or one holding half of a UTF-16 surrogate pair, which no file system's name decodes to (a path typed into the
    /// API could).
    /// </summary>
    public static string? Refusal(string path) => Measure(NameOf(path), out _);

    /// <summary>Adds a path whose <see cref="Refusal"/> is null (else throws <see cref="ArgumentException"/>).</summary>
    public void Add(string path)
    {
        if (AddOrRefuse(path) is { } refusal)
            throw new ArgumentException($"{refusal}: {path[..Math.Min(path.Length, 100)]}", nameof(path));
    }

    /// <summary>Adds <paramref name="path"/> and returns null, or returns its <see cref="Refusal"/> and adds nothing.</summary>
    public string? AddOrRefuse(string path)
    {
        var name = NameOf(path);
        if (Measure(name, out var length) is { } refusal)
            return refusal;
        var folder = path.AsSpan(0, path.Length - name.Length);
        if (_folders.Count == 0 || !folder.SequenceEqual(_folders[^1]))
            _folders.Add(folder.ToString());
        // ">=": an offset stays below 64 KB, in its 16 bits, even for an empty name after a full block.
        if (_blocks.Count == 0 || _bytesUsed + length >= BytesPerBlock)
        {
            _blocks.Add(new byte[BytesPerBlock]);
            _bytesUsed = 0;
        }
        Utf8.GetBytes(name, _blocks[^1].AsSpan(_bytesUsed));
        if (Count % FilesPerBlock == 0)
            _files.Add(new int[FilesPerBlock * IntsPerFile]);
        var record = _files[^1].AsSpan(Count % FilesPerBlock * IntsPerFile, IntsPerFile);
        (record[0], record[1], record[2]) = (_blocks.Count - 1, _bytesUsed | (length << 16), _folders.Count - 1);
        _bytesUsed += length;
        Count++;
        return null;
    }

    /// <summary>A name's UTF-8 length, or why it cannot be held (the strict encoder refuses half a surrogate pair).</summary>
    private static string? Measure(ReadOnlySpan<char> name, out int bytes)
    {
        try
        {
            bytes = Utf8.GetByteCount(name);
        }
        catch (EncoderFallbackException)
        {
            bytes = 0;
            return "the file name holds half of a UTF-16 surrogate pair, which no file system's name does";
        }
        return bytes > MaxNameBytes ? "the file name is longer than any file system allows" : null;
    }

    private static ReadOnlySpan<char> NameOf(string path) => path.AsSpan(path.LastIndexOfAny(['/', Path.DirectorySeparatorChar]) + 1);

    private ReadOnlySpan<int> Record(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return _files[index / FilesPerBlock].AsSpan(index % FilesPerBlock * IntsPerFile, IntsPerFile);
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
