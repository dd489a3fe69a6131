using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsCorpus.Core.Parallelism;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Turns hits into <see cref="SearchHit"/>s: the short stored fields from the index, the body and captions from the
/// store (<see cref="IArticleTexts"/>, one query for all the hits read together), and the passage that shows the
/// query's words.
/// </summary>
internal sealed class HitReader(SnippetBuilder snippets, IArticleTexts texts)
{
    // What a list's line shows: no text is read from the store and no snippet made.
    private static readonly ISet<string> ListFields = new HashSet<string>(StringComparer.Ordinal)
    {
        IndexFields.Id, IndexFields.File, IndexFields.Title, IndexFields.Date, IndexFields.Summit, IndexFields.SourceName,
    };

    /// <summary>
    /// The hits of a page, in the order given; <paramref name="asList"/> for a list of titles (summit, month, related
    /// articles): only the fields a line shows, no text from the store, no snippet.
    /// </summary>
    public IReadOnlyList<SearchHit> Read(IndexSearcher searcher, IEnumerable<ScoreDoc> shown, ISet<Term> terms, bool asList = false)
    {
        if (!asList)
            return Read(searcher, shown.Select(sd => (sd.Doc, sd.Score)).ToList(), terms, markTitles: true).Select(r => r.Hit).ToList();
        var leaves = searcher.IndexReader.Leaves;
        var lines = new BinaryDocValues?[leaves.Count];
        var packed = new BytesRef();
        return shown.Select(sd =>
        {
            var leaf = ReaderUtil.SubIndex(sd.Doc, leaves);
            // A segment written before list lines existed has none (the layout change rebuilds it on the next start).
            if ((lines[leaf] ??= leaves[leaf].AtomicReader.GetBinaryDocValues(IndexFields.ListLine)) is not { } values)
                return Read(searcher.Doc(sd.Doc, ListFields), sd.Score, terms, BodyAndCaptions.Empty, markTitle: false, snippet: false);
            values.Get(sd.Doc - leaves[leaf].DocBase, packed);
            return ListLine.Decode(packed, sd.Score);
        }).ToList();
    }

    /// <summary>
    /// Hits with their stored document and text, in the order given; <paramref name="markTitles"/> false skips the
    /// title's marks (an export shows none).
    /// </summary>
    public IReadOnlyList<(SearchHit Hit, Document Stored, BodyAndCaptions Text)> Read(
        IndexSearcher searcher, IReadOnlyList<(int Doc, float Score)> hits, ISet<Term> terms, bool markTitles)
    {
        var stored = hits.Select(h => searcher.Doc(h.Doc)).ToList();
        var found = texts.Read(stored.Select(Id).ToList());
        var read = new (SearchHit Hit, Document Stored, BodyAndCaptions Text)[stored.Count];
        void ReadOne(int i)
        {
            var text = found.GetValueOrDefault(Id(stored[i])) ?? BodyAndCaptions.Empty;
            read[i] = (Read(stored[i], hits[i].Score, terms, text, markTitles, snippet: true), stored[i], text);
        }
        // A snippet is an analysis of the hit's text, most of a page's time: with query words, hits are read on every core.
        if (terms.Count == 0 || stored.Count < 2)
        {
            for (var i = 0; i < stored.Count; i++)
                ReadOne(i);
        }
        else
            ParallelWork.InOrder(Enumerable.Range(0, stored.Count).ToList(), i => { ReadOne(i); return i; }, ParallelWork.Threads);
        return read;
    }

    private SearchHit Read(Document doc, float score, ISet<Term> terms, BodyAndCaptions text, bool markTitle, bool snippet)
    {
        var date = doc.Get(IndexFields.Date, CultureInfo.InvariantCulture);
        var title = doc.Get(IndexFields.Title, CultureInfo.InvariantCulture);
        var passage = snippet ? snippets.Passage(text.Body, text.Captions, terms) : Snippet.Empty;
        return new SearchHit(
            Id: Id(doc),
            File: doc.Get(IndexFields.File, CultureInfo.InvariantCulture),
            Title: title,
            Date: date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Summit: doc.Get(IndexFields.Summit, CultureInfo.InvariantCulture),
            Source: doc.Get(IndexFields.SourceName, CultureInfo.InvariantCulture),
            Score: float.IsNaN(score) ? 0f : score,
            Snippet: passage)
        {
            TitleMarks = terms.Count == 0 || !markTitle ? Snippet.Empty : snippets.MarkAll(title, terms),
        };
    }

    private static string Id(Document doc) => doc.Get(IndexFields.Id, CultureInfo.InvariantCulture);
}
