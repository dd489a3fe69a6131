using System.Collections;

namespace NewsCorpus.Core.Import.Files;

/// <summary>
/// The files an import goes through, in order, held compactly: each file's folder once (files come folder by folder)
/// and its name's characters in one shared buffer, about 30 bytes a file instead of a string of its whole path
/// (130 bytes). A million-file import held 130 MB of paths for the whole run.
/// </summary>
internal sealed class FileList : IReadOnlyList<string>
{
    private readonly List<string> _folders = [];
    private char[] _chars = new char[4096];
    private int _used;
    private int[] _nameEnds = new int[256];
    private int[] _folderOf = new int[256];

    public int Count { get; private set; }

    /// <summary>The <paramref name="index"/>th file's path, exactly as it was added.</summary>
    public string this[int index] => _folders[_folderOf[index]] + Name(index).ToString();

    /// <summary>The file name of the <paramref name="index"/>th file (its path after the last separator), without a copy.</summary>
    public ReadOnlySpan<char> Name(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var start = index == 0 ? 0 : _nameEnds[index - 1];
        return _chars.AsSpan(start, _nameEnds[index] - start);
    }

    public void Add(string path)
    {
        var split = path.LastIndexOfAny(['/', Path.DirectorySeparatorChar]) + 1;
        var folder = path.AsSpan(0, split);
        if (_folders.Count == 0 || !folder.SequenceEqual(_folders[^1]))
            _folders.Add(folder.ToString());
        var name = path.AsSpan(split);
        if (_used + name.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + name.Length));
        name.CopyTo(_chars.AsSpan(_used));
        _used += name.Length;
        if (Count == _nameEnds.Length)
        {
            Array.Resize(ref _nameEnds, Count * 2);
            Array.Resize(ref _folderOf, Count * 2);
        }
        _nameEnds[Count] = _used;
        _folderOf[Count] = _folders.Count - 1;
        Count++;
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
