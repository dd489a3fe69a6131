using System.Collections;

namespace NewsCorpus.Core.Import.Files;

/// <summary>
/// The files an import goes through, in order, held compactly: each file's folder once (files come folder by folder)
/// and its name's characters in shared blocks, about 42 bytes a file instead of a string of its whole path (130
/// bytes): a million-file import held 130 MB of paths for the whole run.
/// </summary>
/// <remarks>
/// Everything is kept in blocks below the large-object threshold (85,000 bytes), added a block at a time and never
/// copied: grown by doubling, one big array left each old copy in the large-object heap, free but still committed,
/// for the rest of the run.
/// </remarks>
internal sealed class FileList : IReadOnlyList<string>
{
    private const int CharsPerBlock = 32 * 1024;
    private const int FilesPerBlock = 4 * 1024;
    // Per file: its name's block, its name's offset and length (offset | length << 15), its folder.
    private const int IntsPerFile = 3;
    private const int MaxNameLength = ushort.MaxValue;

    private readonly List<string> _folders = [];
    private readonly List<char[]> _chars = [];
    private int _charsUsed = CharsPerBlock;
    private readonly List<int[]> _files = [];

    public int Count { get; private set; }

    /// <summary>The <paramref name="index"/>th file's path, exactly as it was added.</summary>
    public string this[int index] => _folders[Record(index)[2]] + Name(index).ToString();

    /// <summary>The file name of the <paramref name="index"/>th file (its path after the last separator), without a copy.</summary>
    public ReadOnlySpan<char> Name(int index)
    {
        var record = Record(index);
        var (offset, length) = (record[1] & (CharsPerBlock - 1), record[1] >> 15);
        return _chars[record[0]].AsSpan(offset, length);
    }

    public void Add(string path)
    {
        var split = path.LastIndexOfAny(['/', Path.DirectorySeparatorChar]) + 1;
        var folder = path.AsSpan(0, split);
        if (_folders.Count == 0 || !folder.SequenceEqual(_folders[^1]))
            _folders.Add(folder.ToString());
        var name = path.AsSpan(split);
        if (name.Length > MaxNameLength)
            throw new ArgumentException($"A file name longer than {MaxNameLength} characters: {path[..100]}…", nameof(path));
        if (_chars.Count == 0 || _charsUsed + name.Length > CharsPerBlock)
        {
            // A name longer than a block (no file system allows one) gets a block of its own.
            _chars.Add(new char[Math.Max(CharsPerBlock, name.Length)]);
            _charsUsed = 0;
        }
        name.CopyTo(_chars[^1].AsSpan(_charsUsed));
        if (Count % FilesPerBlock == 0)
            _files.Add(new int[FilesPerBlock * IntsPerFile]);
        var record = _files[^1].AsSpan(Count % FilesPerBlock * IntsPerFile, IntsPerFile);
        (record[0], record[1], record[2]) = (_chars.Count - 1, _charsUsed | (name.Length << 15), _folders.Count - 1);
        _charsUsed += name.Length;
        Count++;
    }

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
