using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// "More like this": the article's most distinctive words (tf·idf over title and body, analyzed by the corpus
/// chain so spelling variants count as one word), with a nudge for the same summit and the same people, and the
/// article itself excluded.
/// </summary>
internal sealed class SimilarArticles(Analyzer analyzer, IArticleTexts texts)
{
    private const int MaxQueryTerms = 30;
    private const float SharedSummitBoost = 0.5f;
    private const float SharedPersonBoost = 0.2f;

    public Query? For(string id, IndexSearcher searcher)
    {
        var own = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1).ScoreDocs;
        if (own.Length == 0)
            return null;
        var reader = searcher.IndexReader;
        var doc = searcher.Doc(own[0].Doc);
        var words = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = [IndexFields.Title, IndexFields.Body],
            MinTermFreq = 1,
            MinDocFreq = 1,
            // A word in nearly every article (the summit's protagonists) says nothing about likeness.
            MaxDocFreq = reader.NumDocs >= 10 ? reader.NumDocs * 6 / 10 : int.MaxValue,
            MinWordLen = 2,
            MaxQueryTerms = MaxQueryTerms,
            ApplyBoost = true,
        }.Like(new StringReader(TitleAndBody(doc, id)), IndexFields.Body);

        var query = new BooleanQuery { { words, Occur.MUST } };
        var context = new BooleanQuery();
        if (doc.Get(IndexFields.Summit, CultureInfo.InvariantCulture) is { } summit)
            context.Add(new TermQuery(new Term(IndexFields.Summit, summit)) { Boost = SharedSummitBoost }, Occur.SHOULD);
        foreach (var person in PeopleOf(reader, own[0].Doc))
            context.Add(new TermQuery(new Term(IndexFields.Person, person)) { Boost = SharedPersonBoost }, Occur.SHOULD);
        if (context.Clauses.Count > 0)
            query.Add(context, Occur.SHOULD);
        query.Add(new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST_NOT);
        return query;
    }

    /// <summary>
    /// The words to weigh: the title (stored in the index) and the body (read from the store), analysed as one text;
    /// the two fields share one analysis chain, so this is what Lucene would read from stored title and body fields.
    /// </summary>
    private string TitleAndBody(Lucene.Net.Documents.Document doc, string id) =>
        doc.Get(IndexFields.Title, CultureInfo.InvariantCulture) + "\n\n" + (texts.Read([id]).GetValueOrDefault(id) ?? BodyAndCaptions.Empty).Body;

    /// <summary>Person ids are not stored; read them back from the facet doc values.</summary>
    private static List<string> PeopleOf(IndexReader reader, int docId)
    {
        var people = new List<string>();
        var leaf = reader.Leaves[ReaderUtil.SubIndex(docId, reader.Leaves)];
        if (leaf.AtomicReader.GetSortedSetDocValues(IndexFields.FacetValues(IndexFields.Person)) is not { } values)
            return people;
        values.SetDocument(docId - leaf.DocBase);
        var bytes = new Lucene.Net.Util.BytesRef();
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            values.LookupOrd(ord, bytes);
            people.Add(bytes.Utf8ToString());
        }
        return people;
    }
}
