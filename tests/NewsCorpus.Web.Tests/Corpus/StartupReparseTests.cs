using NewsCorpus.Core;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Web.Tests.Corpus;

public sealed class StartupReparseTests
{
    [Fact]
    public async Task A_store_parsed_with_other_catalogs_is_parsed_again_on_start()
    {
        using var factory = new CorpusAppFactory();
        // A store left by an earlier start, parsed with catalogs that have changed since.
        using (var earlier = new NewsCorpus.Core.Corpus(new NewsCorpusOptions { DataDir = factory.DataDir }))
            earlier.Importer.Import([Path.Combine(RepoRoot.Find(), "data", "articles")]);
        new StoreMeta(new Database(Path.Combine(factory.DataDir, "newscorpus.db"))).Set(StoreMeta.ParsedWith, "catalogs-of-last-year");

        await factory.CreateImportedClientAsync();

        Assert.True(factory.Corpus.Reparser.StoreIsCurrent);
        Assert.Equal(5, factory.Corpus.Store.Count());
        Assert.Equal(5, factory.Corpus.Index.DocumentCount);
    }
}
