using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// A search works out its patterns' words once (<see cref="PatternExpansions"/>) for the collection, the notice and
/// the marks: the expanded query finds the same articles with the same scores as the query Lucene rewrites itself,
/// and the words marked are those a rewrite of each pattern to its first 256 words gave before.
/// </summary>
public sealed class PatternExpansionsTests : IDisposable
{
    private readonly TestCorpus _test = new();
    private readonly SearchQueryReader _reader;

    public PatternExpansionsTests()
    {
        _test.Corpus.Importer.Import([TestCorpus.SampleArticles]);
        // More words with one beginning than a pattern's marks keep (256), in a second import: a second segment.
        var letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
        for (var file = 0; file < 3; file++)
        {
            var words = Enumerable.Range(file * 150, 150).Select(i => "مثال" + letters[i % letters.Length] + letters[i / letters.Length % letters.Length]);
            var text = $"عنوان تجريبي {file}\n\nقال بوتين إن " + string.Join(" ", words) + " في سوريا.\n";
            _test.WriteFile($"patterns-{file}.txt", Encoding.UTF8.GetBytes(text));
        }
        _test.Corpus.Importer.Import([Path.Combine(_test.Dir, "in")]);
        _reader = new SearchQueryReader(_test.Corpus.Analyzer, new CatalogNames(_test.Corpus.Catalogs), new SearchLimits());
    }

    public static TheoryData<string> Queries => new()
    {
        "بوت*", "مثال*", "بوت* -سوريا", "س?ري*", "بوتين AND مثال*", "(بوت* OR أوبا*) سوري*", "title:بوت*", "بوتين~", "لا*يوجد*",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_expanded_query_finds_the_same_articles_with_the_same_scores(string text)
    {
        var (query, _) = _reader.Read(text);
        _test.Corpus.Index.Use(searcher =>
        {
            var expected = searcher.Search(query, 1_000).ScoreDocs;
            var expanded = new PatternExpansions(searcher).Expand(query);
            var actual = searcher.Search(expanded, 1_000).ScoreDocs;

            Assert.Equal(expected.Select(d => (d.Doc, d.Score)), actual.Select(d => (d.Doc, d.Score)));
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_words_marked_are_those_each_pattern_rewritten_on_its_own_gave(string text)
    {
        var (query, _) = _reader.Read(text);
        _test.Corpus.Index.Use(searcher =>
        {
            var expansions = new PatternExpansions(searcher);
            searcher.Search(expansions.Expand(query), 10);

            Assert.Equal(RewrittenOnTheirOwn(query, searcher).Order(), MatchedTerms.Of(query, searcher, expansions).Order());
            return 0;
        });
    }

    [Fact]
    public void A_pattern_with_more_words_than_marks_keep_marks_its_first_256()
    {
        var (query, _) = _reader.Read("مثال*");
        var marked = _test.Corpus.Index.Use(searcher => MatchedTerms.Of(query, searcher));

        Assert.Equal(256, marked.Count);
    }

    // How the marks were found before a search shared its patterns' words: each pattern rewritten again, to its best 256.
    private static HashSet<Term> RewrittenOnTheirOwn(Query query, IndexSearcher searcher)
    {
        var terms = new HashSet<Term>();
        void Collect(Query part)
        {
            switch (part)
            {
                case BooleanQuery boolean:
                    foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                        Collect(clause.Query);
                    break;
                case MultiTermQuery multi:
                    var alone = (MultiTermQuery)multi.Clone();
                    alone.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(256);
                    searcher.Rewrite(alone).ExtractTerms(terms);
                    break;
                case TermQuery or PhraseQuery or MultiPhraseQuery:
                    part.ExtractTerms(terms);
                    break;
            }
        }
        Collect(query);
        return terms;
    }

    public void Dispose() => _test.Dispose();
}
