using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

public sealed class ReportingMergeSchedulerTests
{
    /// <summary>A directory where merges cannot write, as on a full disk or a folder deleted under the writer.</summary>
    private sealed class MergesFail(Lucene.Net.Store.Directory inner) : FilterDirectory(inner)
    {
        public override IndexOutput CreateOutput(string name, IOContext context) =>
            context.Context == IOContext.UsageContext.MERGE ? throw new IOException("No space left on device") : base.CreateOutput(name, context);
    }

    [Fact]
    public void A_failed_merge_is_kept_for_the_next_commit_and_loses_nothing()
    {
        // With Lucene's own scheduler the failure is thrown on the merge thread and ends the test host.
        using var directory = new MergesFail(new RAMDirectory());
        var scheduler = new ReportingMergeScheduler();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())
        {
            MergeScheduler = scheduler,
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = 2, MaxMergeAtOnce = 2 },
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < 6; i++)
            {
                writer.AddDocument(new Document { new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES) });
                writer.Commit();
            }
            scheduler.Sync();

            Assert.Contains("No space left", scheduler.TakeFailure()?.ToString(), StringComparison.Ordinal);
            Assert.Null(scheduler.TakeFailure());
            writer.Rollback();
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(6, reader.NumDocs);
        Assert.True(reader.Leaves.Count > 2);
    }
}
