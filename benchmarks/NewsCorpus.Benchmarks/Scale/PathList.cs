using System.Collections;
using System.Text;

namespace NewsCorpus.Benchmarks.Scale;

/// <summary>
/// A corpus list file (one path a line) held as its UTF-8 bytes and line starts, each path decoded when asked for:
/// a million paths as strings are about 200 MB, which every engine's worker would count as its own import memory.
/// </summary>
internal sealed class PathList : IReadOnlyList<string>
{
    private readonly byte[] _bytes;
    private readonly List<int> _starts = [];

    public PathList(byte[] bytes)
    {
        _bytes = bytes;
        for (var start = 0; start < bytes.Length;)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0)
                end = bytes.Length;
            if (end > start)
                _starts.Add(start);
            start = end + 1;
        }
    }

    public int Count => _starts.Count;

    public string this[int index]
    {
        get
        {
            var start = _starts[index];
            var end = Array.IndexOf(_bytes, (byte)'\n', start);
            var length = (end < 0 ? _bytes.Length : end) - start;
            return Encoding.UTF8.GetString(_bytes, start, length).TrimEnd('\r');
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
