using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Turns hits into <see cref="SearchHit"/>s: the short stored fields from the index, the body and captions from the
/// store (<see cref="IArticleTexts"/>, one query for all the hits read together), and the passage that shows the
/// query's words.
/// </summary>
internal sealed class HitReader(SnippetBuilder snippets, IArticleTexts texts)
{
    /// <summary>The hits of a page, in the order given.</summary>
    public IReadOnlyList<SearchHit> Read(IndexSearcher searcher, IEnumerable<ScoreDoc> shown, ISet<Term> terms) =>
        Read(searcher, shown.Select(sd => (sd.Doc, sd.Score)).ToList(), terms, markTitles: true).Select(r => r.Hit).ToList();

    /// <summary>
    /// Hits with their stored document and text, in the order given; <paramref name="markTitles"/> false skips the
    /// title's marks (an export shows none).
    /// </summary>
    public IReadOnlyList<(SearchHit Hit, Document Stored, BodyAndCaptions Text)> Read(
        IndexSearcher searcher, IReadOnlyList<(int Doc, float Score)> hits, ISet<Term> terms, bool markTitles)
    {
        var stored = hits.Select(h => searcher.Doc(h.Doc)).ToList();
        var found = texts.Read(stored.Select(Id).ToList());
        return stored.Select((doc, i) =>
        {
            var text = found.GetValueOrDefault(Id(doc)) ?? BodyAndCaptions.Empty;
            return (Read(doc, hits[i].Score, terms, text, markTitles), doc, text);
        }).ToList();
    }

    private SearchHit Read(Document doc, float score, ISet<Term> terms, BodyAndCaptions text, bool markTitle)
    {
        var date = doc.Get(IndexFields.Date, CultureInfo.InvariantCulture);
        var title = doc.Get(IndexFields.Title, CultureInfo.InvariantCulture);
        // Show the body, unless only a caption holds the words the query found.
        var snippet = snippets.BuildIfMatches(text.Body, terms) ?? snippets.BuildIfMatches(text.Captions, terms) ?? snippets.Build(text.Body, terms);
        return new SearchHit(
            Id: Id(doc),
            File: doc.Get(IndexFields.File, CultureInfo.InvariantCulture),
            Title: title,
            Date: date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Summit: doc.Get(IndexFields.Summit, CultureInfo.InvariantCulture),
            Source: doc.Get(IndexFields.SourceName, CultureInfo.InvariantCulture),
            Score: float.IsNaN(score) ? 0f : score,
            Snippet: snippet)
        {
            TitleMarks = terms.Count == 0 || !markTitle ? Snippet.Empty : snippets.MarkAll(title, terms),
        };
    }

    private static string Id(Document doc) => doc.Get(IndexFields.Id, CultureInfo.InvariantCulture);
}
