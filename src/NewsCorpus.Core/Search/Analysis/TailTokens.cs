namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// The tokens the chain's tail emits for one word, written as characters: their count, then for each its position
/// increment, its length and its term. The form <see cref="TailMemo"/> keeps them in; reused for each word probed.
/// </summary>
internal sealed class TailTokens
{
    private char[] _chars = new char[64];
    private int _length = 1;

    /// <summary>False when a token could not be written in this form (an increment out of a character's range).</summary>
    public bool Fits { get; private set; } = true;

    /// <summary>What has been written, count first.</summary>
    public ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

    public void Clear()
    {
        _chars[0] = (char)0;
        _length = 1;
        Fits = true;
    }

    public void Add(ReadOnlySpan<char> term, int positionIncrement)
    {
        if (positionIncrement is < 0 or > char.MaxValue || term.Length > char.MaxValue)
        {
            Fits = false;
            return;
        }
        if (_length + 2 + term.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + 2 + term.Length));
        _chars[_length] = (char)positionIncrement;
        _chars[_length + 1] = (char)term.Length;
        term.CopyTo(_chars.AsSpan(_length + 2));
        _length += 2 + term.Length;
        _chars[0]++;
    }

    /// <summary>Reads the tokens written here (valid until the next <see cref="Clear"/>).</summary>
    public Reader Read() => new(_chars, 0);

    /// <summary>Reads tokens in this form from <paramref name="chars"/>, the count at <paramref name="position"/>.</summary>
    internal struct Reader(char[] chars, int position)
    {
        private int _position = position + 1;
        private int _left = chars is null ? 0 : chars[position];

        /// <summary>Tokens not read yet.</summary>
        public readonly int Left => _left;

        /// <summary>The next token's term and position increment; false when none is left.</summary>
        public bool Next(out ReadOnlySpan<char> term, out int positionIncrement)
        {
            if (_left == 0)
            {
                term = default;
                positionIncrement = 0;
                return false;
            }
            positionIncrement = chars[_position];
            var length = chars[_position + 1];
            term = chars.AsSpan(_position + 2, length);
            _position += 2 + length;
            _left--;
            return true;
        }
    }
}
