namespace NewsCorpus.Core.Import.Archives;

/// <summary>Reads an archive entry's path: which are unsafe, which are clutter, and where a safe one is written.</summary>
internal static class EntryPath
{
    /// <summary>Why the entry's path is refused, or null when it stays inside the folder it is unpacked into.</summary>
    public static string? Refusal(string fullName)
    {
        if (fullName.Any(char.IsControl))
            return "its path holds control characters";
        var name = fullName.Replace('\\', '/');
        if (name.StartsWith('/') || (name.Length > 1 && name[1] == ':'))
            return "its path is absolute";
        return Segments(name).Any(s => s == "..") ? "its path climbs out of the archive (..)" : null;
    }

    /// <summary>Folders and files archivers add that are not articles: <c>__MACOSX/</c>, <c>.DS_Store</c>, <c>._name</c>.</summary>
    public static bool Skipped(string fullName) =>
        Segments(fullName.Replace('\\', '/')).Any(s => s.StartsWith('.') && s != ".." || s == "__MACOSX");

    /// <summary>The entry's path as a relative path of this system.</summary>
    public static string Relative(string fullName) =>
        Path.Combine([.. Segments(fullName.Replace('\\', '/')).Where(s => s != ".")]);

    private static string[] Segments(string name) => name.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
