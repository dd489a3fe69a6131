using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsCorpus.Core.Search;

/// <summary>
/// One word of a query in the text fields — its term in title, body and captions, each with its field's boost, and a
/// name's alias beside it (<see cref="CorpusQueryParser"/>) — matched when any term is and scored as the sum of the
/// terms found, exactly as a <see cref="BooleanQuery"/> of SHOULD clauses with coordination off scores. The
/// difference is the walk: Lucene.Net's <c>DisjunctionSumScorer</c> keeps its terms in a heap, and for the two or three
/// terms of a word that bookkeeping cost more than reading the postings (two common names, 68,626 hits of 100,000:
/// 15.7 ms, where the same two words in the body alone took 4.5). Here each step looks at every term, which is cheaper
/// for a handful; a word with more forms than <see cref="MaxScanned"/> keeps Lucene's scorer.
/// </summary>
internal sealed class WordInFieldsQuery() : BooleanQuery(disableCoord: true)
{
    /// <summary>Above this many terms a heap's ordering beats looking at every term on each step.</summary>
    public const int MaxScanned = 8;

    public override Weight CreateWeight(IndexSearcher searcher) => new WordWeight(this, searcher);

    private sealed class WordWeight(WordInFieldsQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, disableCoord: true)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            if (query.MinimumNumberShouldMatch > 0 || m_weights.Count > MaxScanned || query.Clauses.Any(c => c.Occur != Occur.SHOULD))
                return base.GetScorer(context, acceptDocs);
            var terms = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                    terms.Add(scorer);
            }
            // One term found in this segment: Lucene scores it alone too (its score times a coordination of 1).
            return terms.Count switch
            {
                0 => null,
                1 => terms[0],
                _ => new WordScorer(this, [.. terms]),
            };
        }
    }

    /// <summary>Walks a few terms' postings together: the next document is the smallest any term is on.</summary>
    private sealed class WordScorer(Weight weight, Scorer[] terms) : Scorer(weight)
    {
        private int _doc = -1;
        private int _scoredDoc = -1;
        private float _score;

        public override int DocID => _doc;

        public override int NextDoc()
        {
            var next = NO_MORE_DOCS;
            foreach (var term in terms)
            {
                var at = term.DocID;
                if (at == _doc)
                    at = term.NextDoc();
                if (at < next)
                    next = at;
            }
            return _doc = next;
        }

        public override int Advance(int target)
        {
            var next = NO_MORE_DOCS;
            foreach (var term in terms)
            {
                var at = term.DocID;
                if (at < target)
                    at = term.Advance(target);
                if (at < next)
                    next = at;
            }
            return _doc = next;
        }

        /// <summary>
        /// The sum of the matching terms' scores, added as doubles and rounded once, as <c>DisjunctionSumScorer</c> does
        /// (a few floats add exactly in a double, so the order of the terms does not change the result).
        /// </summary>
        public override float GetScore()
        {
            if (_scoredDoc != _doc)
            {
                var sum = 0.0;
                foreach (var term in terms)
                {
                    if (term.DocID == _doc)
                        sum += term.GetScore();
                }
                (_score, _scoredDoc) = ((float)sum, _doc);
            }
            return _score;
        }

        public override int Freq => terms.Count(t => t.DocID == _doc);

        public override long GetCost() => terms.Sum(t => t.GetCost());

        public override ICollection<ChildScorer> GetChildren() => [.. terms.Select(t => new ChildScorer(t, "SHOULD"))];
    }
}
