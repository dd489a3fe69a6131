using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-index-").FullName;

    [Fact]
    public void An_index_built_by_another_analysis_is_reported_until_rebuilt()
    {
        using (var first = new SearchIndex(_dir, new CorpusAnalyzer(), analysis: "chain-1"))
        {
            Assert.True(first.AnalysisIsCurrent);
            first.Index([new Article { Id = "a", FileName = "a.txt", ContentHash = "h", Encoding = "utf-8", Title = "عنوان", OriginalText = "عنوان" }]);
        }

        using var second = new SearchIndex(_dir, new CorpusAnalyzer(), analysis: "chain-2");
        Assert.False(second.AnalysisIsCurrent);
        second.Rebuild([]);
        Assert.True(second.AnalysisIsCurrent);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_new_searcher_reads_its_segments_facet_values_before_it_serves_only_when_asked_to(bool warm)
    {
        using var index = IndexOfOneArticle(servesSearches: warm);

        index.Use(searcher =>
        {
            var leaf = Assert.Single(searcher.IndexReader.Leaves);
            Assert.Equal(warm, SegmentFacetOrdinals.IsLoaded(leaf.AtomicReader, IndexFields.Summit));
            return 0;
        });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Only_a_writer_that_serves_searches_maps_its_index_into_memory(bool serves)
    {
        using var index = IndexOfOneArticle(servesSearches: serves);
        var hits = index.Use(searcher => searcher.Search(new MatchAllDocsQuery(), 10).TotalHits);

        Assert.Equal(1, hits);
        // What this process has mapped: a merge's reads through a mapping would count as its memory.
        var mapped = File.ReadLines("/proc/self/maps").Where(line => line.Contains(Path.GetFullPath(_dir), StringComparison.Ordinal));
        Assert.Equal(serves, mapped.Any());
    }

    // Were the searchers the writer's near-real-time readers, its merges would read segments through their memory
    // map, and every page a merge touched would count in the site's memory (a 1M import handed to the site: 1,040 MB).
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Searchers_read_the_folders_commits_not_the_writers_uncommitted_state(bool serves)
    {
        using var index = IndexOfOneArticle(servesSearches: serves);

        index.Stage([new Article { Id = "b", FileName = "b.txt", ContentHash = "h2", Encoding = "utf-8", Title = "آخر", OriginalText = "آخر" }],
            index.IndexedSequence, index.IndexedSequence);

        // A reader of the writer would no longer be current once the writer holds a change; a reader of the last commit is.
        index.Use(searcher =>
        {
            Assert.True(((DirectoryReader)searcher.IndexReader).IsCurrent());
            Assert.Equal(1, searcher.IndexReader.NumDocs);
            return 0;
        });
        index.CommitStaged();
        Assert.Equal(2, index.Use(searcher => searcher.IndexReader.NumDocs));
    }

    private SearchIndex IndexOfOneArticle(bool servesSearches)
    {
        var index = new SearchIndex(_dir, new CorpusAnalyzer(), servesSearches: servesSearches);
        index.Index([new Article { Id = "a", FileName = "a.txt", ContentHash = "h", Encoding = "utf-8", Title = "عنوان", OriginalText = "عنوان" }]);
        return index;
    }

    [Fact]
    public void A_writer_that_does_not_ready_its_searchers_finds_and_counts_the_same()
    {
        SearchResult Search(bool warm)
        {
            using var corpus = new Corpus(new NewsCorpusOptions { DataDir = Path.Combine(_dir, $"warm-{warm}"), ServesSearches = warm });
            corpus.Importer.Import([TestCorpus.SampleArticles]);
            return corpus.Searcher.Search(new SearchRequest { Query = "بوتين", Limit = 50 });
        }

        var (warmed, unwarmed) = (Search(true), Search(false));

        Assert.True(warmed.Total > 2);
        Assert.NotEmpty(warmed.Facets[IndexFields.Summit]);
        Assert.Equal(warmed.Total, unwarmed.Total);
        Assert.Equal(warmed.Hits.Select(h => h.Id), unwarmed.Hits.Select(h => h.Id));
        Assert.Equal(warmed.Facets.SelectMany(f => f.Value.Select(c => $"{f.Key}:{c.Value}={c.Count}")),
            unwarmed.Facets.SelectMany(f => f.Value.Select(c => $"{f.Key}:{c.Value}={c.Count}")));
        Assert.Equal(warmed.Months, unwarmed.Months);
    }

    [Fact]
    public void A_new_spelling_variant_is_searchable_after_restart_without_a_manual_reindex()
    {
        var catalogs = Path.Combine(_dir, "data");
        Directory.CreateDirectory(catalogs);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot.Find(), "data")))
            File.Copy(file, Path.Combine(catalogs, Path.GetFileName(file)));
        var options = new NewsCorpusOptions { DataDir = Path.Combine(_dir, "var"), CatalogDir = catalogs };
        var article = Path.Combine(_dir, "story.txt");
        File.WriteAllText(article, "عنوان الخبر\nوصل الوفد إلى مدينة كازان الروسية", Encoding.UTF8);
        using (var corpus = new Corpus(options))
        {
            corpus.Importer.Import([article]);
            Assert.Equal(0, corpus.Searcher.Search(new SearchRequest { Query = "قازان" }).Total);
        }

        File.AppendAllText(Path.Combine(catalogs, "variants.txt"), "\nقازان كازان\n", Encoding.UTF8);

        using var restarted = new Corpus(options);
        Assert.Equal(1, restarted.Searcher.Search(new SearchRequest { Query = "قازان" }).Total);
    }

    [Fact]
    public void Staged_articles_are_searchable_only_once_committed_and_a_rollback_forgets_how_far_they_went()
    {
        static Article Story(string id) => new() { Id = id, FileName = $"{id}.txt", ContentHash = "h", Encoding = "utf-8", Title = "عنوان", OriginalText = "عنوان" };
        using var index = new SearchIndex(_dir, new CorpusAnalyzer());
        index.Stage([Story("a")], 0, 1);
        Assert.Equal((0, 1L, true), (index.DocumentCount, index.IndexedSequence, index.HasStaged));
        index.CommitStaged();
        Assert.Equal((1, 1L, false), (index.DocumentCount, index.IndexedSequence, index.HasStaged));

        index.Stage([Story("b")], 1, 2);
        // A rebuild that fails rolls the writer back to its last commit: the staged article is gone, and so must be
        // the claim that the index holds change 2, or the next commit would record a gap as indexed.
        Assert.Throws<InvalidOperationException>(() => index.Rebuild(Failing()));
        Assert.Equal((1, 1L, false), (index.DocumentCount, index.IndexedSequence, index.HasStaged));

        static IEnumerable<Article> Failing()
        {
            yield return Story("c");
            throw new InvalidOperationException("the store read failed");
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
