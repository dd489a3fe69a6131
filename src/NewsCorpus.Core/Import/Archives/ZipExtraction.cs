namespace NewsCorpus.Core.Import.Archives;

/// <summary>An entry of an archive that was not unpacked, and why (shown as <c>archive.zip/path/in/archive</c>).</summary>
public sealed record RefusedEntry(string Name, string Reason);

/// <summary>
/// What unpacking one archive gave: the files written, the entries refused one by one, or — when the archive as a
/// whole is refused (unreadable, too many entries, expands too far, a zip bomb) — the reason, with nothing kept.
/// </summary>
public sealed record ZipExtraction(IReadOnlyList<string> Files, IReadOnlyList<RefusedEntry> Refused, string? ArchiveRefusal)
{
    public static ZipExtraction RefusedWhole(string reason) => new([], [], reason);
}
