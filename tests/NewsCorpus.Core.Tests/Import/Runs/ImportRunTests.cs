using System.Text;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Core.Import.Writer;

namespace NewsCorpus.Core.Tests.Import.Runs;

public sealed class ImportRunTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-runs-").FullName;
    private NewsCorpusOptions Options => OptionsWithBatches(2);

    private NewsCorpusOptions OptionsWithBatches(int size) => new() { DataDir = Path.Combine(_dir, "var"), ImportBatchSize = size };

    private string Articles(int count)
    {
        var folder = Path.Combine(_dir, "in");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(folder, $"story-{i:D2}.txt"), $"عنوان الخبر رقم {i}\nنص الخبر رقم {i} عن لقاء الرئيسين في جنيف", Encoding.UTF8);
        return folder;
    }

    [Fact]
    public void Each_batch_is_recorded_and_the_index_says_it_holds_everything_stored()
    {
        using var corpus = new Corpus(Options);
        var folder = Articles(5);

        var run = corpus.RunExecutor.Execute(corpus.Runs.Create(RunKind.Import, "tester", folder, [folder]));

        Assert.Equal(RunStatus.Done, run.Status);
        Assert.Equal((5, 5, 5), (run.Total, run.Done, run.Imported));
        Assert.Equal(5, corpus.Runs.Files(run.Id).Count);
        Assert.Equal(corpus.Store.LastChangeSequence(), corpus.Index.IndexedSequence);
        Assert.True(corpus.CheckIndex().IsCurrent);
    }

    [Fact]
    public void A_run_stopped_after_a_batch_resumes_without_going_through_its_files_again()
    {
        using var corpus = new Corpus(Options);
        var folder = Articles(5);
        var created = corpus.Runs.Create(RunKind.Import, "tester", folder, [folder]);
        using var stop = new CancellationTokenSource();

        var stopped = corpus.RunExecutor.Execute(created, _ => stop.Cancel(), RunStatus.Interrupted, stop.Token);
        var resumed = corpus.RunExecutor.Execute(stopped);

        Assert.Equal((RunStatus.Interrupted, 2), (stopped.Status, stopped.Done));
        Assert.Equal((RunStatus.Done, 5, 5, 0), (resumed.Status, resumed.Done, resumed.Imported, resumed.Unchanged));
        var files = corpus.Runs.Files(created.Id);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"story-{i:D2}.txt"), files.Select(f => f.File));
        Assert.All(files, f => Assert.Equal(ImportOutcome.Imported, f.Outcome));
    }

    [Fact]
    public void A_first_import_stopped_part_way_leaves_a_store_that_asks_for_no_reparse()
    {
        using var corpus = new Corpus(Options);
        var folder = Articles(5);
        using var stop = new CancellationTokenSource();

        corpus.RunExecutor.Execute(corpus.Runs.Create(RunKind.Import, "tester", folder, [folder]), _ => stop.Cancel(), RunStatus.Interrupted, stop.Token);
        Assert.True(corpus.StoreIsCurrent);
        corpus.Importer.Import([folder]);

        Assert.True(corpus.StoreIsCurrent);
        Assert.Equal(5, corpus.Store.Count());
    }

    [Fact]
    public void A_run_cancelled_by_a_person_fails_and_keeps_what_it_committed()
    {
        using var corpus = new Corpus(Options);
        var folder = Articles(5);
        using var stop = new CancellationTokenSource();

        var run = corpus.RunExecutor.Execute(corpus.Runs.Create(RunKind.Import, "tester", folder, [folder]), _ => stop.Cancel(), RunStatus.Failed, stop.Token);

        Assert.Equal((RunStatus.Failed, "cancelled"), (run.Status, run.Error));
        Assert.Equal(2, corpus.Store.Count());
        Assert.DoesNotContain(corpus.Runs.Unfinished(), r => r.Id == run.Id);
    }

    [Fact]
    public void A_second_file_of_a_name_is_still_refused_when_the_first_was_imported_before_a_resume()
    {
        using var corpus = new Corpus(OptionsWithBatches(1));
        var first = Path.Combine(_dir, "a", "story.txt");
        var second = Path.Combine(_dir, "b", "story.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(first)!);
        Directory.CreateDirectory(Path.GetDirectoryName(second)!);
        File.WriteAllText(first, "عنوان أول\nنص", Encoding.UTF8);
        File.WriteAllText(second, "عنوان ثان\nنص", Encoding.UTF8);
        var created = corpus.Runs.Create(RunKind.Import, "tester", "two folders", [Path.GetDirectoryName(first)!, Path.GetDirectoryName(second)!]);
        using var stop = new CancellationTokenSource();

        var stopped = corpus.RunExecutor.Execute(created, _ => stop.Cancel(), RunStatus.Interrupted, stop.Token);
        var resumed = corpus.RunExecutor.Execute(stopped);

        Assert.Equal((1, 1), (resumed.Imported, resumed.Failed));
        Assert.Contains("same name", corpus.Runs.Files(created.Id)[1].Error, StringComparison.Ordinal);
        Assert.Equal("عنوان أول", corpus.Store.All().Single().Title);
    }

    [Fact]
    public void A_resumed_run_skips_every_file_it_recorded_even_past_ten_thousand()
    {
        // Recorded outcomes were once read back a page of 10,000 at a time: a resumed run went through the rest again.
        using var corpus = new Corpus(OptionsWithBatches(250));
        const int recordedBefore = 10_050;
        var folder = Path.Combine(_dir, "many");
        Directory.CreateDirectory(folder);
        var names = Enumerable.Range(0, recordedBefore + 2).Select(i => $"story-{i:D5}.txt").ToList();
        foreach (var name in names)
            File.WriteAllText(Path.Combine(folder, name), $"عنوان {name}\nنص الخبر عن لقاء الرئيسين", Encoding.UTF8);
        var created = corpus.Runs.Create(RunKind.Import, "tester", folder, [folder]);
        // As a killed run leaves its record: the first files' outcomes committed, the run interrupted.
        using (var transaction = corpus.Store.BeginWrite())
        {
            ImportRuns.Record(created.Id, [.. names.Take(recordedBefore).Select(n => new ImportFileResult(n, ImportOutcome.Unchanged))], transaction);
            transaction.Commit();
        }
        corpus.Runs.Finish(created.Id, RunStatus.Interrupted);

        var resumed = corpus.RunExecutor.Execute(corpus.Runs.Get(created.Id)!);

        Assert.Equal((RunStatus.Done, recordedBefore + 2, recordedBefore + 2), (resumed.Status, resumed.Total, resumed.Done));
        Assert.Equal((2, recordedBefore), (resumed.Imported, resumed.Unchanged));
        Assert.Equal(2, corpus.Store.Count());
        Assert.Equal(names.TakeLast(2), corpus.Runs.Files(created.Id, after: recordedBefore - 1).Select(f => f.File));
    }

    [Fact]
    public void Files_refused_before_the_run_reads_anything_count_towards_its_total()
    {
        using var corpus = new Corpus(Options);
        var folder = Articles(3);
        var created = corpus.Runs.Create(RunKind.Import, "tester", folder, [folder]);
        corpus.Runs.RecordRefused(created.Id, [new ImportFileResult("huge.txt", ImportOutcome.Failed, Error: "too big")]);

        var run = corpus.RunExecutor.Execute(created);

        Assert.Equal((4, 4, 3, 1), (run.Total, run.Done, run.Imported, run.Failed));
    }

    [Fact]
    public void Runs_left_running_by_a_killed_writer_are_interrupted_for_the_next_writer_to_finish()
    {
        string id;
        using (var killed = new Corpus(Options))
        {
            id = killed.Runs.Create(RunKind.Import, "tester", "x", []).Id;
            killed.Runs.Start(id, 10);
        }

        using var next = new Corpus(Options);

        Assert.Equal(RunStatus.Interrupted, next.Runs.Get(id)!.Status);
        Assert.Equal(id, Assert.Single(next.Runs.Unfinished()).Id);
    }

    [Fact]
    public void History_lists_runs_newest_first_and_by_kind()
    {
        using var corpus = new Corpus(Options);
        var import = corpus.Runs.Create(RunKind.Import, "tester", "x", []);
        var reindex = corpus.Runs.Create(RunKind.Reindex, "tester", "y");

        Assert.Equal([reindex.Id, import.Id], corpus.Runs.Recent(10).Select(r => r.Id));
        Assert.Equal([import.Id], corpus.Runs.Recent(10, RunKind.Import).Select(r => r.Id));
    }

    [Fact]
    public void A_zip_given_to_an_import_is_unpacked_and_its_refused_entries_reported()
    {
        using var corpus = new Corpus(Options);
        var zip = Path.Combine(_dir, "batch.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(archive.CreateEntry("rt/story.txt").Open(), Encoding.UTF8))
                writer.Write("عنوان من الأرشيف\nنص الخبر");
            using (var writer = new StreamWriter(archive.CreateEntry("../evil.txt").Open(), Encoding.UTF8))
                writer.Write("عنوان\nنص");
        }

        var report = corpus.Importer.Import([zip]);

        Assert.Equal(1, report.Imported);
        Assert.Equal("batch.zip/../evil.txt", Assert.Single(report.Failed).File);
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(_dir, "var", RunStaging.FolderName)));
    }

    [Fact]
    public void The_writer_lock_is_held_for_as_long_as_the_corpus_is_open_for_writing()
    {
        using (new Corpus(Options))
            Assert.Throws<WriterLockHeldException>(() => new Corpus(Options));

        using var again = new Corpus(Options);
        Assert.True(again.IsWriter);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
