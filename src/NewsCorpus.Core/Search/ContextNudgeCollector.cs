using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// The best hits of a more-like-this search, each hit's score raised for sharing the article's summit
/// (<see cref="SummitFactor"/>) and each of its people (<see cref="PersonFactor"/> each), read from the segment's ordinal
/// arrays (<see cref="SegmentFacetOrdinals"/>); equal scores go to the lower document, as in Lucene's top-score
/// collector. As query clauses this nudge walked the postings of the summit and of the people: at a million articles
/// a summit holds 366,000 and a president nearly every one, 82 of an article page's 87 ms of search.
/// At most <paramref name="maxMatches"/> matching documents are looked at (<see cref="Search"/>); the rest are not walked.
/// </summary>
internal sealed class ContextNudgeCollector(int size, string? summit, IReadOnlyCollection<string> people, int maxMatches = int.MaxValue) : ICollector
{
    /// <summary>Added to a hit's factor (from 1) when it shares the article's summit.</summary>
    internal const float SummitFactor = 0.5f;

    /// <summary>Added to a hit's factor for each of the article's people it names.</summary>
    internal const float PersonFactor = 0.2f;

    private readonly PriorityQueue<int, (float Score, int Doc)> _kept = new(Weakest.First);
    private Scorer? _scorer;
    private int _docBase;
    private SegmentFacetOrdinals? _summits, _people;
    private bool[] _sameSummit = [], _samePerson = [];
    private int _matches;

    /// <summary>Collects <paramref name="query"/>'s hits, ending the search after <c>maxMatches</c> matches (the best of those walked are kept).</summary>
    public void Search(IndexSearcher searcher, Query query) => SearchEnd.Run(searcher, query, this);

    /// <summary>
    /// In order: out of order, Lucene scores a query with required words in windows that visit every article having any
    /// of them, where in order it skips ahead through the rarer words' postings (45 against 12 ms an article at 100k).
    /// </summary>
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _summits = SegmentFacetOrdinals.Of(context.AtomicReader, IndexFields.Summit);
        _people = SegmentFacetOrdinals.Of(context.AtomicReader, IndexFields.Person);
        _sameSummit = [.. (_summits?.Values ?? []).Select(v => v == summit)];
        _samePerson = [.. (_people?.Values ?? []).Select(people.Contains)];
    }

    public void Collect(int doc)
    {
        if (++_matches > maxMatches)
            throw SearchEnd.Signal();
        var factor = 1f + SummitFactor * Shared(_summits, _sameSummit, doc) + PersonFactor * Shared(_people, _samePerson, doc);
        var hit = (Score: _scorer!.GetScore() * factor, Doc: _docBase + doc);
        if (_kept.Count < size)
            _kept.Enqueue(hit.Doc, hit);
        else if (_kept.TryPeek(out _, out var weakest) && Weakest.First.Compare(hit, weakest) > 0)
            _kept.EnqueueDequeue(hit.Doc, hit);
    }

    /// <summary>The kept hits, best first.</summary>
    public ScoreDoc[] Hits() =>
        [.. _kept.UnorderedItems.Select(i => i.Priority).OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Select(h => new ScoreDoc(h.Doc, h.Score))];

    /// <summary>How many of the document's values are marked.</summary>
    private static int Shared(SegmentFacetOrdinals? values, bool[] marked, int doc)
    {
        if (values is null)
            return 0;
        var count = 0;
        foreach (var ord in values.OrdinalsOf(doc))
        {
            if (marked[ord])
                count++;
        }
        return count;
    }

    /// <summary>Orders hits weakest first: the lower score, then the higher document.</summary>
    private sealed class Weakest : IComparer<(float Score, int Doc)>
    {
        public static readonly Weakest First = new();

        public int Compare((float Score, int Doc) a, (float Score, int Doc) b) =>
            a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc);
    }
}
