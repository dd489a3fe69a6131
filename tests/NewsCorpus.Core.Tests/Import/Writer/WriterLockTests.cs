using NewsCorpus.Core.Import.Writer;

namespace NewsCorpus.Core.Tests.Import.Writer;

public sealed class WriterLockTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-lock-").FullName;

    private static WriterHolder Holder(string what) => WriterHolder.ThisProcess(WriterKind.CommandLine, what);

    [Fact]
    public void A_second_opening_is_refused_while_the_first_holds_the_lock()
    {
        using var first = WriterLock.TryAcquire(_dir, Holder("first"));

        Assert.NotNull(first);
        Assert.Null(WriterLock.TryAcquire(_dir, Holder("second")));
        var refused = Assert.Throws<WriterLockHeldException>(() => WriterLock.Acquire(_dir, Holder("third")));
        Assert.Contains("`first`", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lock_is_free_again_once_released()
    {
        WriterLock.TryAcquire(_dir, Holder("first"))!.Dispose();

        using var second = WriterLock.TryAcquire(_dir, Holder("second"));

        Assert.NotNull(second);
    }

    [Fact]
    public void The_holder_says_who_it_is_and_only_its_owner_may_read_the_record()
    {
        using var held = WriterLock.Acquire(_dir, WriterHolder.ThisProcess(WriterKind.Site, "the site"));
        held.Advertise(held.Holder with { Url = "http://127.0.0.1:5000/", HandOffToken = "secret" });

        var holder = WriterLock.CurrentHolder(_dir);

        Assert.Equal(Environment.ProcessId, holder!.ProcessId);
        Assert.Equal(WriterKind.Site, holder.Kind);
        Assert.Equal("http://127.0.0.1:5000/", holder.Url);
        Assert.Equal("secret", holder.HandOffToken);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_dir, WriterLock.HolderFileName)));
    }

    [Fact]
    public void Nobody_is_named_after_the_holder_released_the_lock()
    {
        WriterLock.Acquire(_dir, Holder("gone")).Dispose();

        Assert.Null(WriterLock.CurrentHolder(_dir));
    }

    [Fact]
    public void A_record_left_by_a_process_that_no_longer_runs_names_nobody()
    {
        File.WriteAllText(Path.Combine(_dir, WriterLock.HolderFileName),
            """{"processId":2147483000,"kind":"CommandLine","description":"killed","since":"2026-01-01T00:00:00Z"}""");

        Assert.Null(WriterLock.CurrentHolder(_dir));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
