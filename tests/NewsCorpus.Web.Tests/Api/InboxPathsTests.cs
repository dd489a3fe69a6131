using NewsCorpus.Web.Api;

namespace NewsCorpus.Web.Tests.Api;

public sealed class InboxPathsTests
{
    [Theory]
    [InlineData("/srv/inbox/batch-1")]
    [InlineData("/srv/inbox")]
    [InlineData("batch-2/story.txt")]
    public void Folders_inside_the_inbox_may_be_imported(string path) =>
        Assert.Null(InboxPaths.Refusal([path], "/srv/inbox"));

    [Theory]
    [InlineData("/etc")]
    [InlineData("/srv/inbox/../secrets")]
    [InlineData("/srv/inbox-other")]
    [InlineData("../outside")]
    public void Paths_outside_the_inbox_are_refused(string path) =>
        Assert.Contains("outside the inbox", InboxPaths.Refusal([path], "/srv/inbox"), StringComparison.Ordinal);

    [Fact]
    public void Without_an_inbox_no_server_path_may_be_imported() =>
        Assert.Contains("no inbox folder is configured", InboxPaths.Refusal(["/srv/inbox"], ""), StringComparison.Ordinal);
}
