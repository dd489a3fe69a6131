using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NewsCorpus.Core.Search.Analysis;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Lucene's classic syntax (AND by default, <c>"phrase"</c>, <c>"a b"~5</c>, OR, NOT, -, parentheses, <c>word*</c>,
/// <c>word~</c>) over title, body and captions, plus the fields <c>title:</c>, <c>source:</c>, <c>summit:</c>,
/// <c>person:</c> and <c>year:</c>. Prefix, wildcard and fuzzy terms go to the unstemmed surface field: a stem is not
/// a word, so <c>هانغ*</c> must be matched against whole words.
/// </summary>
internal sealed class CorpusQueryParser : MultiFieldQueryParser
{
    private static readonly string[] TextFields = [IndexFields.Title, IndexFields.Body, IndexFields.Captions];
    private static readonly Dictionary<string, float> Boosts = new()
    {
        [IndexFields.Title] = 3f,
        [IndexFields.Body] = 1f,
        [IndexFields.Captions] = 0.5f,
    };

    /// <summary>The fields a query may name.</summary>
    public static readonly string[] KnownFields =
        [IndexFields.Title, IndexFields.Body, IndexFields.Captions, IndexFields.Person, IndexFields.Source, IndexFields.Summit, IndexFields.Year];

    private readonly CatalogNames _names;
    private readonly SearchLimits _limits;
    private readonly SearchLexicon _lexicon;
    private readonly List<SearchNotice> _notices = [];

    public CorpusQueryParser(Analyzer analyzer, CatalogNames names, SearchLimits limits)
        : base(CorpusAnalyzer.Version, TextFields, analyzer, Boosts)
    {
        _names = names;
        _limits = limits;
        _lexicon = (analyzer as CorpusAnalyzer)?.Lexicon ?? SearchLexicon.Empty;
        DefaultOperator = Operator.AND;
        AllowLeadingWildcard = false;
        // Ranges ([a TO z]) and patterns stand for at most so many words, the first in index order.
        MultiTermRewriteMethod = CappedRewrite(limits);
    }

    /// <summary>How a pattern or range becomes words: at most <see cref="SearchLimits.MaxExpansions"/>, each scoring alike.</summary>
    public static MultiTermQuery.RewriteMethod CappedRewrite(SearchLimits limits) =>
        new MultiTermQuery.TopTermsBoostOnlyBooleanQueryRewrite(Math.Max(1, limits.MaxExpansions));

    /// <summary>
    /// Plain words, a word perhaps ending in <c>*</c> (<see cref="PlainQueryWords"/>), are read here as the grammar
    /// reads them — each word a clause from the same factory method, joined as its <c>Query</c> rule joins them — and
    /// anything else by Lucene's parser, whose character stream tells the lexer the text has ended by throwing an
    /// exception, twice a query: 20 of the 27 µs it took to read one word.
    /// </summary>
    public override Query Parse(string query)
    {
        if (PlainQueryWords.Of(query) is not { } words)
            return base.Parse(query);
        try
        {
            var clauses = new List<BooleanClause>();
            Query? first = null;
            for (var i = 0; i < words.Count; i++)
            {
                var (word, prefix) = words[i];
                var clause = prefix ? GetPrefixQuery(Field, word) : GetFieldQuery(Field, word, quoted: false);
                AddClause(clauses, CONJ_NONE, MOD_NONE, clause);
                // The rule returns its first clause alone when it is the only one kept, even when a later word
                // analysed to nothing; when the first word did, the one kept is wrapped in a boolean query.
                if (i == 0)
                    first = clause;
            }
            return (clauses.Count == 1 && first is not null ? first : GetBooleanQuery(clauses)) ?? NewBooleanQuery(false);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new ParseException($"Cannot parse '{query}': too many boolean clauses", e);
        }
    }

    /// <summary>What Lucene's parser alone makes of <paramref name="query"/>, to check <see cref="Parse"/> against.</summary>
    internal Query ParseByGrammar(string query) => base.Parse(query);

    /// <summary>What the parser noticed while reading the last query: unknown fields and summits.</summary>
    public IReadOnlyList<SearchNotice> Notices => _notices.Distinct().ToList();

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) => field switch
    {
        // A person or source missing from the catalogs cannot be tagged on any article: look for the name instead.
        IndexFields.Person => _names.PersonId(queryText) is { } person ? Keyword(field, person) : base.GetFieldQuery(null, queryText, quoted),
        IndexFields.Source => _names.SourceId(queryText) is { } source ? Keyword(field, source) : base.GetFieldQuery(null, queryText, quoted),
        IndexFields.Summit => Keyword(field, _names.SummitId(queryText) ?? UnknownSummit(queryText)),
        IndexFields.Year => Keyword(field, queryText.Trim()),
        null or IndexFields.Title or IndexFields.Body or IndexFields.Captions => Flat(AliasedPhrase(base.GetFieldQuery(field, queryText, quoted))),
        // An unknown "word:" (a URL, a typo) is not a field: search the text after it as words, and say so.
        _ => UnknownField(field, queryText, quoted),
    };

    /// <summary>
    /// A word searched in three fields with its same-position forms (a name and its Latin alias) comes from the parser
    /// as a disjunction of three disjunctions; this makes it one disjunction of the term queries, each carrying its
    /// field's boost. Coordination is off at both levels, so each hit's score is the same sum of the same terms'
    /// scores; the search walks one set of postings instead of three nested ones (a name in 70,000 of 100,000 articles:
    /// 12–13 → 9 ms to count its hits). A name's own term is then left out beside its alias (<see cref="AliasCovers"/>).
    /// </summary>
    private Query Flat(Query query)
    {
        if (query is not BooleanQuery { CoordDisabled: true, MinimumNumberShouldMatch: 0 } outer || !outer.Clauses.All(c => c.Occur == Occur.SHOULD))
            return query;
        var clauses = new List<Query>();
        foreach (var clause in outer.Clauses)
        {
            if (clause.Query is BooleanQuery { CoordDisabled: true, MinimumNumberShouldMatch: 0 } inner
                && inner.Clauses.All(c => c is { Occur: Occur.SHOULD, Query: TermQuery }))
            {
                foreach (var term in inner.Clauses.Select(c => (TermQuery)c.Query))
                    clauses.Add(new TermQuery(term.Term) { Boost = term.Boost * inner.Boost });
            }
            else
                clauses.Add(clause.Query);
        }
        var terms = clauses.OfType<TermQuery>().Select(t => t.Term).ToHashSet();
        var flat = new WordInFieldsQuery { Boost = outer.Boost };
        foreach (var clause in clauses.Where(c => c is not TermQuery name || !AliasCovers(name.Term, terms)))
            flat.Add(clause, Occur.SHOULD);
        return flat;
    }

    /// <summary>
    /// True when <paramref name="terms"/> hold the Latin alias of the name <paramref name="name"/> in its field. The
    /// analyzer indexes the alias beside every occurrence of the name (<see cref="CrossScriptAliasFilter"/>), so the
    /// alias finds every article the name's own term does, and English text besides: searching both only walked the
    /// name's postings twice and counted it twice in the score (a name in 70,000 of 100,000 articles: 18 → 5–8 ms, two
    /// names 40 → 13–16 ms to collect their hits).
    /// </summary>
    private bool AliasCovers(Term name, HashSet<Term> terms) =>
        _lexicon.LatinAlias(name.Text) is { } alias && alias != name.Text && terms.Contains(new Term(name.Field, alias));

    /// <summary>
    /// A phrase with a name in it (<c>"بوتين وأوباما"</c>) comes from the parser as a phrase of alternatives, the name
    /// and its alias at one position; as with a word (<see cref="AliasCovers"/>), the alias alone finds the same
    /// articles, and a phrase whose every position is left with one word is searched as a plain phrase. The parser
    /// gives a phrase in several fields as a disjunction of each field's phrase.
    /// </summary>
    private Query AliasedPhrase(Query query)
    {
        if (query is BooleanQuery boolean && boolean.Clauses.Any(c => c.Query is MultiPhraseQuery))
        {
            var each = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
            foreach (var clause in boolean.Clauses)
                each.Add(AliasedPhrase(clause.Query), clause.Occur);
            return each;
        }
        if (query is not MultiPhraseQuery phrase)
            return query;
        var positions = phrase.GetPositions();
        var arrays = phrase.GetTermArrays()
            .Select(terms =>
            {
                // The same-position alternatives, gathered once for the position, not once for each of its terms.
                var alternatives = terms.ToHashSet();
                return terms.Where(t => !AliasCovers(t, alternatives)).ToArray();
            })
            .ToList();
        Query aliased;
        if (arrays.All(a => a.Length == 1))
        {
            var plain = new PhraseQuery { Slop = phrase.Slop };
            for (var i = 0; i < arrays.Count; i++)
                plain.Add(arrays[i][0], positions[i]);
            aliased = plain;
        }
        else
        {
            var multi = new MultiPhraseQuery { Slop = phrase.Slop };
            for (var i = 0; i < arrays.Count; i++)
                multi.Add(arrays[i], positions[i]);
            aliased = multi;
        }
        aliased.Boost = phrase.Boost;
        return aliased;
    }

    private Query UnknownField(string field, string queryText, bool quoted)
    {
        _notices.Add(new SearchNotice(SearchNoticeKind.UnknownField, field));
        return base.GetFieldQuery(null, queryText, quoted);
    }

    private string UnknownSummit(string queryText)
    {
        // An id the catalog does not hold may still be on articles indexed with an older catalog: it is searched,
        // and the notice says the name is not known.
        if (!_names.IsEmpty)
            _notices.Add(new SearchNotice(SearchNoticeKind.UnknownSummit, queryText.Trim()));
        return queryText.Trim().ToLowerInvariant();
    }

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        field is null or IndexFields.Title or IndexFields.Body or IndexFields.Captions
            ? AliasedPhrase(base.GetFieldQuery(field, queryText, slop))
            : GetFieldQuery(field, queryText, quoted: true);

    protected override Query GetPrefixQuery(string field, string termStr) =>
        Pattern(field, termStr + "*", () => new PrefixQuery(new Term(IndexFields.Surface, Fold(termStr))));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        Pattern(field, termStr, () => new WildcardQuery(new Term(IndexFields.Surface, Fold(termStr))));

    /// <summary>
    /// A pattern's automaton can grow exponentially with its <c>*</c> and <c>?</c> (<c>x*a??????????</c>) before any
    /// budget can stop it, so a pattern with more than <see cref="SearchLimits.MaxWildcards"/> is searched as a word.
    /// </summary>
    private Query Pattern(string field, string pattern, Func<MultiTermQuery> build)
    {
        if (pattern.Count(c => c is '*' or '?') > _limits.MaxWildcards)
        {
            _notices.Add(new SearchNotice(SearchNoticeKind.PatternTooComplex, pattern));
            return GetFieldQuery(field, pattern.Replace('*', ' ').Replace('?', ' '), quoted: false);
        }
        var query = build();
        query.MultiTermRewriteMethod = CappedRewrite(_limits);
        return query;
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        var text = Fold(termStr);
        // "word~" asks for the default distance; "word~1" for one edit; old-style similarities below 1 mean the default.
        var edits = minSimilarity >= 1f ? (int)Math.Min(minSimilarity, FuzzyQuery.DefaultMaxEdits) : FuzzyQuery.DefaultMaxEdits;
        return new FuzzyQuery(new Term(IndexFields.Surface, text), edits, prefixLength: 0,
            maxExpansions: Math.Max(1, _limits.MaxFuzzyExpansions), transpositions: FuzzyQuery.DefaultTranspositions);
    }

    /// <summary>
    /// <c>/…/</c> is not offered: Lucene.Net 4.8 turns a regular expression into an automaton with no limit on its
    /// states (<c>/.*a.{18}/</c> ran the host out of memory), and a malformed one threw past the syntax handler.
    /// The text between the slashes is searched as words instead, with a notice.
    /// </summary>
    protected override Query GetRegexpQuery(string field, string termStr)
    {
        _notices.Add(new SearchNotice(SearchNoticeKind.RegexNotSupported));
        return GetFieldQuery(field, termStr, quoted: false);
    }

    private static TermQuery Keyword(string field, string value) => new(new Term(field, value));

    /// <summary>Surface-field spelling of a term typed with a prefix or fuzzy operator (the analyzer never sees it).</summary>
    private static string Fold(string term) =>
        ArabicNormalizer.Normalize(ArabicRepairCharFilter.Repair(term)).ToLower(CultureInfo.InvariantCulture);
}
