using System.Runtime.InteropServices;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// The store's native memory: SQLite's pages and statement journals and the Zstandard contexts live outside the .NET
/// heap, in the C library's <c>malloc</c>. glibc keeps what is freed in per-thread arenas, and a block freed in the
/// middle of an arena stays in the process. A long import frees such blocks all the time (SQLite's 64 KB statement
/// journal chunks, ~90 a second; its 87 KB page-cache blocks; a Zstandard workspace of ~250 KB when an article's size
/// calls for another): a 100,000-file import handed to the site ended with 58–82 MB in arenas, 16–18 MB of it in
/// use, and a 1M one held 83 MB in arenas a minute in. A writer gives the free part back after each index commit
/// (every few seconds).
/// </summary>
/// <remarks>
/// Measured (README, Scale: s44): fixing glibc's mmap threshold at 64 KB instead kept the arenas as small, but every
/// search's text read then mapped and unmapped SQLite's 87 KB page-cache block of its <c>IN</c> list (a selective
/// search 0.42–0.45 → 0.52–0.59 ms); at 128 KB the SQLite blocks stayed in the arenas (a peak 334 MB against 296).
/// </remarks>
public static class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>
    /// Returns the free pages of every arena to the system (glibc's <c>malloc_trim</c>; a few milliseconds). True
    /// when the C library did; false where it has no such call (not Linux, or a C library other than glibc, such as
    /// musl, whose allocator gives freed memory back by itself) — then it is not asked again.
    /// </summary>
    public static bool GiveFreeMemoryBack()
    {
        if (_unavailable)
            return false;
        try
        {
            // Its result says whether any memory was released, which is no concern of the caller's.
            _ = malloc_trim(0);
            return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _unavailable = true;
            return false;
        }
    }

    // DllImport rather than LibraryImport: a size and an int need no marshalling, and the project allows no unsafe code.
    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int malloc_trim(nuint pad);
}
