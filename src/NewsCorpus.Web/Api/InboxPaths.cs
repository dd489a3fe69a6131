namespace NewsCorpus.Web.Api;

/// <summary>
/// The server folders an admin may import by path: only inside the configured inbox (<c>NewsCorpus:InboxDir</c>),
/// so the API cannot be used to read the rest of the server's disk.
/// </summary>
public static class InboxPaths
{
    /// <summary>Why <paramref name="paths"/> may not be imported, or null when all lie inside <paramref name="inboxDir"/>.</summary>
    public static string? Refusal(IEnumerable<string> paths, string inboxDir)
    {
        if (string.IsNullOrWhiteSpace(inboxDir))
            return "Importing folders of the server is off: no inbox folder is configured (NewsCorpus:InboxDir). Upload the files instead.";
        var inbox = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inboxDir)) + Path.DirectorySeparatorChar;
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, inbox);
            if (!(full + Path.DirectorySeparatorChar).StartsWith(inbox, StringComparison.Ordinal))
                return $"'{path}' is outside the inbox folder {inbox}; only folders and files inside it can be imported by path.";
        }
        return null;
    }
}
