using System.Runtime.InteropServices;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// How the C library's allocator treats the store's native memory: SQLite's pages and statement journals and the
/// Zstandard contexts live outside the .NET heap, in <c>malloc</c>'s memory. On glibc, a freed block larger than
/// the mmap threshold raises the threshold to its size, so every later block of that size is carved from a
/// per-thread arena; a freed block in the middle of an arena stays in the process. An import frees such blocks all
/// the time (a Zstandard workspace of ~250 KB when an article's size calls for another, SQLite's 64 KB statement
/// journal chunks, ~90 a second): a 100,000-file import handed to the site ended with 58–82 MB in arenas, 16–18 MB of
/// it in use. With the threshold fixed at 64 KB, blocks from 64 KB up are mapped on their own and given back when
/// freed: 21 MB in arenas, the site's peak 323–349 → 295–298 MB (README, Scale: s44).
/// </summary>
public static class NativeHeap
{
    /// <summary>Blocks of this size and up get a mapping of their own (glibc's default starts at 128 KB and rises).</summary>
    public const int OwnMappingFrom = 64 * 1024;

    // glibc's mallopt parameter (malloc.h); setting it also stops the threshold from moving.
    private const int MmapThreshold = -3;

    /// <summary>
    /// Fixes the threshold at <see cref="OwnMappingFrom"/>, once a process, before its writer starts. True when the
    /// C library took it; false where it has no such setting (not Linux, or a C library other than glibc, such as
    /// musl, whose allocator gives freed memory back by itself).
    /// </summary>
    public static bool GiveLargeBlocksBack()
    {
        if (!OperatingSystem.IsLinux())
            return false;
        try
        {
            return mallopt(MmapThreshold, OwnMappingFrom) == 1;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport: two ints need no marshalling, and the project allows no unsafe code.
    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int mallopt(int parameter, int value);
}
