namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// What the chain's tail (<see cref="CorpusAnalyzer.Tail"/>: stop words, letter normalization, run-together words,
/// spelling variants, English aliases, stemming) makes of a word, remembered for the words met first: the tail looks
/// at one word at a time and news text repeats its words, so most of an import's words are looked up here instead of
/// going through six filters again. Shared by the threads indexing with one <see cref="ReplayAnalyzer"/> (one lexicon).
/// </summary>
/// <remarks>
/// Kept as characters in chunks, not as objects: a word and its tokens sit side by side, so a lookup touches one or
/// two cache lines and the collector has a few dozen arrays to walk instead of hundreds of thousands of objects.
/// Lookups take no lock: an entry is written whole before its slot is published, slots never move and chunks never
/// grow (a full chunk is followed by a new one). Bounded by <see cref="Capacity"/> words and <see cref="MaxChunks"/>
/// chunks (a few megabytes); what does not fit is run through the tail each time it comes. The hash is the runtime's
/// randomized string hash, so text built to collide cannot make the linear probing slow.
/// </remarks>
internal sealed class TailMemo
{
    /// <summary>Words remembered at most.</summary>
    public const int Capacity = 131_072;

    /// <summary>Words longer than this are not remembered: rare, and they would crowd the chunks.</summary>
    public const int MaxWordLength = 40;

    private const int ChunkLength = 1 << 15;
    private const int MaxChunks = 192;
    private const int SlotMask = (Capacity * 2) - 1;

    private readonly int[] _slots = new int[Capacity * 2];
    private readonly int[] _hashes = new int[Capacity * 2];
    private readonly char[]?[] _chunks = new char[MaxChunks][];
    private readonly Lock _writing = new();
    private int _count;
    private int _chunk = -1;
    private int _used = ChunkLength;

    /// <summary>The number of words remembered.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Finds <paramref name="word"/>'s tokens: on success <paramref name="tokens"/> reads them, in the layout
    /// <see cref="TailTokens"/> writes.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> word, out TailTokens.Reader tokens)
    {
        Find(word, string.GetHashCode(word), out var entry);
        tokens = entry < 0 ? default : new TailTokens.Reader(_chunks[entry / ChunkLength]!, (entry % ChunkLength) + 1 + word.Length);
        return entry >= 0;
    }

    /// <summary>Remembers <paramref name="tokens"/> for <paramref name="word"/> while there is room.</summary>
    public void Remember(ReadOnlySpan<char> word, TailTokens tokens)
    {
        var length = 1 + word.Length + tokens.Written.Length;
        if (word.Length > MaxWordLength || Count >= Capacity || length > ChunkLength)
            return;
        lock (_writing)
        {
            var hash = string.GetHashCode(word);
            // The one writer: the empty slot the probe ended at is where the word goes.
            var slot = Find(word, hash, out var found);
            if (Count >= Capacity || found >= 0)
                return;
            if (_used + length > ChunkLength)
            {
                if (_chunk + 1 == MaxChunks)
                    return;
                _chunks[++_chunk] = new char[ChunkLength];
                _used = 0;
            }
            var chunk = _chunks[_chunk]!;
            var start = _used;
            chunk[start] = (char)word.Length;
            word.CopyTo(chunk.AsSpan(start + 1));
            tokens.Written.CopyTo(chunk.AsSpan(start + 1 + word.Length));
            _used += length;
            _hashes[slot] = hash;
            // Published last: a reader that sees the slot sees the entry and its hash.
            Volatile.Write(ref _slots[slot], (_chunk * ChunkLength) + start + 1);
            Volatile.Write(ref _count, _count + 1);
        }
    }

    /// <summary>
    /// Probes for <paramref name="word"/>: the slot holding it and its entry's position, or the empty slot the probe
    /// ended at and -1.
    /// </summary>
    private int Find(ReadOnlySpan<char> word, int hash, out int entry)
    {
        for (var slot = hash & SlotMask; ; slot = (slot + 1) & SlotMask)
        {
            entry = Volatile.Read(ref _slots[slot]) - 1;
            if (entry < 0)
                return slot;
            if (_hashes[slot] != hash)
                continue;
            var chunk = _chunks[entry / ChunkLength]!;
            var start = entry % ChunkLength;
            if (chunk[start] == word.Length && chunk.AsSpan(start + 1, word.Length).SequenceEqual(word))
                return slot;
        }
    }
}
