using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// Indexes a field from recorded tokens (<see cref="RecordedTokens"/>) through the rest of its chain
/// (<see cref="CorpusAnalyzer.Tail"/>): the same tokens as the whole chain over the text, with the shared steps run once
/// per text instead of once per field, and the tail of the title, body and captions read from a <see cref="TailMemo"/>
/// for the words it has seen. Given a <see cref="RecordedTokens.Reader"/>, never text.
/// </summary>
internal sealed class ReplayAnalyzer(CorpusAnalyzer corpus) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    private readonly TailMemo _memo = new();

    /// <summary>The words whose tail is remembered (for tests).</summary>
    internal int RememberedWords => _memo.Count;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ReplayTokenizer(reader);
        // The surface field's tail is one cheap filter: a lookup would cost about what it saves.
        var tail = fieldName == IndexFields.Surface
            ? corpus.Tail(fieldName, tokenizer)
            : new MemoizedTailFilter(tokenizer, _memo, words => corpus.Tail(fieldName, words));
        return new TokenStreamComponents(tokenizer, tail);
    }

    /// <summary>Emits the recordings of its reader, one after the other.</summary>
    private sealed class ReplayTokenizer : Tokenizer
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offsets;
        private readonly IPositionIncrementAttribute _position;
        private readonly ITypeAttribute _type;
        private IReadOnlyList<RecordedTokens> _parts = [];
        private int _part;
        private int _next;
        private int _shift;

        public ReplayTokenizer(TextReader input) : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offsets = AddAttribute<IOffsetAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
            _type = AddAttribute<ITypeAttribute>();
        }

        public override void Reset()
        {
            base.Reset();
            _parts = m_input is RecordedTokens.Reader recorded
                ? recorded.Parts
                : throw new InvalidOperationException("A replayed field is given recorded tokens, not text.");
            (_part, _next, _shift) = (0, 0, 0);
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            while (_part < _parts.Count && _next == _parts[_part].Tokens.Count)
            {
                // The next text starts one character (the joining line break) after this one ends.
                _shift += _parts[_part].FinalOffset + 1;
                (_part, _next) = (_part + 1, 0);
            }
            if (_part == _parts.Count)
                return false;
            var recorded = _parts[_part];
            var token = recorded.Tokens[_next++];
            recorded.CopyTerm(token, _term);
            _offsets.SetOffset(_shift + token.Start, _shift + token.End);
            _position.PositionIncrement = token.PositionIncrement;
            _type.Type = token.Type;
            return true;
        }

        public override void End()
        {
            base.End();
            var final = _parts.Count == 0 ? 0 : _shift - 1;
            _offsets.SetOffset(final, final);
        }

        // The tokenizer is kept for the thread's next document: it lets go of this one's recordings once indexed.
        protected override void Dispose(bool disposing)
        {
            _parts = [];
            base.Dispose(disposing);
        }
    }
}
