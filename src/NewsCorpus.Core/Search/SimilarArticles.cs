using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// "More like this": the article's most distinctive words (tf·idf over title and body, analyzed by the corpus
/// chain so spelling variants count as one word), the article itself excluded; its summit and people, which the
/// search's collector nudges hits for sharing (<see cref="ContextNudgeCollector"/>).
/// </summary>
/// <param name="analyzer">The corpus chain, so spelling variants count as one word.</param>
/// <param name="texts">Where the article's body is read from.</param>
/// <param name="postingsBudget">
/// How many postings the chosen words may have between them (<see cref="DefaultPostingsBudget"/>): the search walks
/// each chosen word's postings, so this bounds an article page's cost whatever the archive's size.
/// </param>
internal sealed class SimilarArticles(Analyzer analyzer, IArticleTexts texts, int postingsBudget = SimilarArticles.DefaultPostingsBudget)
{
    /// <summary>
    /// About 5 ms of search on the 2-core machine. Without it, an article of common words at 100k articles searched
    /// with twenty words in up to 60% of the archive each: a median 470,000 postings, 38 ms of a 75 ms page.
    /// </summary>
    internal const int DefaultPostingsBudget = 60_000;
    private const int MaxQueryTerms = 20;
    private const int MaxWordsRequired = 3;
    private const int SmallArchiveDocFreq = 500;

    /// <summary>The search for articles like <paramref name="id"/>, and what its hits are nudged for sharing; null for an unknown article or one sharing no word.</summary>
    public Likeness? For(string id, IndexSearcher searcher)
    {
        var own = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1).ScoreDocs;
        if (own.Length == 0)
            return null;
        var reader = searcher.IndexReader;
        var doc = searcher.Doc(own[0].Doc);
        var candidates = DistinctiveWords.Of(TitleAndBody(doc, id), analyzer, reader, int.MaxValue, BroadMaxDocFreq(reader));
        var maxDocFreq = MaxDocFreq(reader);
        var rare = candidates.Where(c => c.DocFreq <= maxDocFreq).ToList();
        // An article made only of common words still has neighbours: then its best words, however common, are weighed.
        var chosen = WithinBudget(rare.Count >= MaxQueryTerms / 2 ? rare : candidates);
        // Every word over the budget (an article of the archive's commonest words): its rarest word that another
        // article shares, alone, walked only as far as the budget (Likeness.MaxMatches).
        if (chosen.Count == 0)
            chosen = [.. candidates.Where(c => c.DocFreq > 1).OrderBy(c => c.DocFreq).Take(1)];
        if (chosen.Count == 0)
            return null;
        var words = new BooleanQuery();
        foreach (var (word, score, _) in chosen)
            words.Add(new TermQuery(new Term(IndexFields.Body, word)) { Boost = score / chosen[0].Score }, Occur.SHOULD);

        // An article sharing one or two of its words is not like it; requiring a few also lets the search skip ahead
        // through the rarer words' postings instead of scoring every article that has any of the commoner ones.
        words.MinimumNumberShouldMatch = Math.Min(MaxWordsRequired, words.Clauses.Count / 6);
        var query = new BooleanQuery { { words, Occur.MUST }, { new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST_NOT } };
        return new Likeness(query, doc.Get(IndexFields.Summit, CultureInfo.InvariantCulture), PeopleOf(reader, own[0].Doc), postingsBudget);
    }

    /// <summary>
    /// The best words, best first, whose postings fit the budget together: a word that would overspend it is passed
    /// over for the next best (a rarer word costs less to walk and tells more).
    /// </summary>
    private List<(string Word, float Score, int DocFreq)> WithinBudget(IReadOnlyList<(string Word, float Score, int DocFreq)> candidates)
    {
        var chosen = new List<(string Word, float Score, int DocFreq)>(MaxQueryTerms);
        long spent = 0;
        foreach (var candidate in candidates)
        {
            if (spent + candidate.DocFreq > postingsBudget)
                continue;
            chosen.Add(candidate);
            spent += candidate.DocFreq;
            if (chosen.Count == MaxQueryTerms)
                break;
        }
        return chosen;
    }

    /// <summary>
    /// A word in nearly every article (the summit's protagonists) says nothing about likeness: in a large archive a
    /// word in more than a tenth of the articles is left out (such words also made the search score most of the
    /// index: 0.2–0.5 s an article page at 100k), in a small one a word in more than 60% of them (or 500 articles).
    /// </summary>
    internal static int MaxDocFreq(IndexReader reader) => reader.NumDocs < 10 ? int.MaxValue
        : Math.Max(reader.NumDocs / 10, Math.Min(BroadMaxDocFreq(reader), SmallArchiveDocFreq));

    /// <summary>The bound when an article has too few rarer words: 60% of the articles.</summary>
    private static int BroadMaxDocFreq(IndexReader reader) => reader.NumDocs < 10 ? int.MaxValue : reader.NumDocs * 6 / 10;

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

/// <summary>
/// A more-like-this search: its words, the article's summit and people that a hit is nudged up for sharing, and how
/// many matching articles the search may walk (<see cref="MaxMatches"/>: the chosen words' postings fit it, so only
/// an article whose rarest shared word alone is over the budget is cut short, its hits the best of the first matches).
/// </summary>
internal sealed record Likeness(Query Query, string? Summit, IReadOnlyList<string> People, int MaxMatches);
