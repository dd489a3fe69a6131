using System.Numerics;

namespace NewsCorpus.Core.Import.Files;

/// <summary>
/// The file names of a <see cref="FileList"/> met so far in an import, each held as the index of one file of that name
/// in an open-addressing table (four bytes a slot, at most two thirds full: a million files take 8 MB). File names
/// identify articles, so a run refuses a second file of a name; the <c>Dictionary&lt;int, int&gt;</c> this replaces,
/// sized for a million files, held 23 MB for the whole run, in the site too while it served searches.
/// </summary>
internal sealed class FileNameSet
{
    private readonly FileList _files;
    // 0: empty. i + 1: a name first met at file i. -(i + 1): a name the run recorded before, met again at file i (the
    // earlier file's path is not known).
    private readonly int[] _slots;
    private readonly int _shift;

    public FileNameSet(FileList files)
    {
        _files = files;
        var bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, files.Count * 3 / 2)) + 1);
        _slots = new int[1 << bits];
        _shift = 32 - bits;
    }

    /// <summary>
    /// Adds the name of file <paramref name="index"/> unless a file of that name was added before; then
    /// <paramref name="earlier"/> is that file's index, or -1 when it was added as <paramref name="recordedBefore"/>.
    /// </summary>
    public bool TryAdd(int index, bool recordedBefore, out int earlier)
    {
        var name = _files.NameUtf8(index);
        var mask = _slots.Length - 1;
        var hash = new HashCode();
        hash.AddBytes(name);
        for (var slot = (int)((uint)hash.ToHashCode() * 2654435769u >> _shift); ; slot = (slot + 1) & mask)
        {
            var held = _slots[slot];
            if (held == 0)
            {
                _slots[slot] = recordedBefore ? -(index + 1) : index + 1;
                earlier = -1;
                return true;
            }
            var other = Math.Abs(held) - 1;
            if (_files.NameUtf8(other).SequenceEqual(name))
            {
                earlier = held < 0 ? -1 : other;
                return false;
            }
        }
    }
}
