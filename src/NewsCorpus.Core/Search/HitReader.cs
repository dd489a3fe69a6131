using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsCorpus.Core.Parallelism;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Turns hits into <see cref="SearchHit"/>s: what a line shows from the index's list lines (<see cref="ListLine"/>),
/// the body and captions from the store (<see cref="IArticleTexts"/>, one query for all the hits read together), and
/// the passage that shows the query's words. Only exports read the stored documents (dateline, byline, entities).
/// </summary>
internal sealed class HitReader(SnippetBuilder snippets, IArticleTexts texts)
{
    // What a list's line shows, for a segment written before list lines were kept as doc values.
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
        var lines = Lines(searcher, shown);
        return asList ? lines : WithPassages(lines, terms, markTitles: true);
    }

    /// <summary>
    /// Hits with their stored document and text, in the order given; <paramref name="markTitles"/> false skips the
    /// title's marks (an export shows none).
    /// </summary>
    public IReadOnlyList<(SearchHit Hit, Document Stored, BodyAndCaptions Text)> Read(
        IndexSearcher searcher, IReadOnlyList<(int Doc, float Score)> hits, ISet<Term> terms, bool markTitles)
    {
        var stored = hits.Select(h => searcher.Doc(h.Doc)).ToList();
        var lines = stored.Select((doc, i) => Line(doc, hits[i].Score)).ToList();
        var found = texts.Read(lines.Select(l => l.Id).ToList());
        var read = WithPassages(lines, terms, markTitles, found);
        return [.. read.Select((hit, i) => (hit, stored[i], found.GetValueOrDefault(hit.Id) ?? BodyAndCaptions.Empty))];
    }

    /// <summary>Each hit's line from its segment's list-line doc values (stored fields where a segment has none).</summary>
    private static List<SearchHit> Lines(IndexSearcher searcher, IEnumerable<ScoreDoc> shown)
    {
        var leaves = searcher.IndexReader.Leaves;
        var lines = new BinaryDocValues?[leaves.Count];
        var packed = new BytesRef();
        return shown.Select(sd =>
        {
            var leaf = ReaderUtil.SubIndex(sd.Doc, leaves);
            // A segment written before list lines existed has none (the layout change rebuilds it on the next start).
            if ((lines[leaf] ??= leaves[leaf].AtomicReader.GetBinaryDocValues(IndexFields.ListLine)) is not { } values)
                return Line(searcher.Doc(sd.Doc, ListFields), sd.Score);
            values.Get(sd.Doc - leaves[leaf].DocBase, packed);
            return ListLine.Decode(packed, sd.Score);
        }).ToList();
    }

    /// <summary>The hits with their snippets (and title marks) made from their texts, read from the store when not given.</summary>
    private SearchHit[] WithPassages(
        List<SearchHit> lines, ISet<Term> terms, bool markTitles, IReadOnlyDictionary<string, BodyAndCaptions>? found = null)
    {
        var read = new SearchHit[lines.Count];
        var marked = SnippetBuilder.Terms.Of(terms);
        int ReadPart(IReadOnlyList<int> part)
        {
            var partTexts = found ?? texts.Read(part.Select(i => lines[i].Id).ToList());
            foreach (var i in part)
            {
                var text = partTexts.GetValueOrDefault(lines[i].Id) ?? BodyAndCaptions.Empty;
                read[i] = lines[i] with
                {
                    Snippet = snippets.Passage(text.Body, text.Captions, marked),
                    TitleMarks = terms.Count == 0 || !markTitles ? Snippet.Empty : snippets.MarkAll(lines[i].Title, marked),
                };
            }
            return part.Count;
        }
        // Reading the texts (a query and decompression) and analysing them for snippets are most of a page's
        // time: with query words the hits are dealt to one part a core, each part read with a query of its own.
        var parts = terms.Count == 0 || lines.Count < 2 ? 1 : Math.Min(ParallelWork.Threads, lines.Count);
        var dealt = Enumerable.Range(0, parts).Select(p => Enumerable.Range(0, lines.Count).Where(i => i % parts == p).ToList()).ToList();
        if (parts == 1)
            ReadPart(dealt[0]);
        else
            ParallelWork.InOrder(dealt, ReadPart, parts);
        return read;
    }

    private static SearchHit Line(Document doc, float score) => ListLine.Hit(
        doc.Get(IndexFields.Id, CultureInfo.InvariantCulture),
        doc.Get(IndexFields.File, CultureInfo.InvariantCulture),
        doc.Get(IndexFields.Title, CultureInfo.InvariantCulture),
        doc.Get(IndexFields.Date, CultureInfo.InvariantCulture),
        doc.Get(IndexFields.Summit, CultureInfo.InvariantCulture),
        doc.Get(IndexFields.SourceName, CultureInfo.InvariantCulture),
        score);
}
