using System.Numerics;

namespace NewsCorpus.Core.Search;

/// <summary>
/// The terms a snippet marks, asked about every token of a hit's text. Each remembered token carries its term's hash
/// (<see cref="WordTokens.WordToken.TermHash"/>), so a token is looked up here by that number instead of hashing its
/// term again at every occurrence (thousands a page): a small open-addressed table of hashes, compared as strings only
/// when the hashes are equal.
/// </summary>
internal sealed class MarkedTerms
{
    private readonly int[] _hashes;
    private readonly string?[] _terms;
    private readonly int _mask;

    public MarkedTerms(IEnumerable<string> terms)
    {
        var distinct = terms.Distinct(StringComparer.Ordinal).ToArray();
        Count = distinct.Length;
        // At most a quarter full: a miss, what nearly every token is, usually ends at the first empty slot.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, distinct.Length * 4));
        (_hashes, _terms, _mask) = (new int[size], new string?[size], size - 1);
        foreach (var term in distinct)
        {
            var hash = term.GetHashCode();
            var slot = hash & _mask;
            while (_terms[slot] is not null)
                slot = (slot + 1) & _mask;
            (_hashes[slot], _terms[slot]) = (hash, term);
        }
    }

    public int Count { get; }

    /// <summary>True when <paramref name="term"/>, whose hash is <paramref name="hash"/>, is one of the terms.</summary>
    public bool Contains(string term, int hash)
    {
        for (var slot = hash & _mask; _terms[slot] is { } candidate; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == hash && string.Equals(candidate, term, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
