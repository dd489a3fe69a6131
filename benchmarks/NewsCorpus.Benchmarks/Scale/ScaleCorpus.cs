using System.Globalization;
using System.Text;

namespace NewsCorpus.Benchmarks.Scale;

/// <summary>
/// The files of a corpus of a given size, under the benchmark's git-ignored folder: made-up files
/// (<see cref="SyntheticArticle"/>, written once and shared by every size) and, when the real corpus is present,
/// real files making up to 30% of the corpus (all 29,983 from 100k on), taken evenly across it and interleaved with
/// the made-up ones. The list of paths is written to <c>lists/corpus-N.txt</c>, the one input of every engine.
/// </summary>
internal sealed class ScaleCorpus
{
    private const double RealShare = 0.3;
    private const int FilesPerFolder = 1000;

    private ScaleCorpus(string listFile, IReadOnlyList<string> files, int realFiles, long bytes)
    {
        ListFile = listFile;
        Files = files;
        RealFiles = realFiles;
        Bytes = bytes;
    }

    public string ListFile { get; }
    public IReadOnlyList<string> Files { get; }
    public int RealFiles { get; }
    /// <summary>The input: the files' bytes on disk.</summary>
    public long Bytes { get; }

    public static ScaleCorpus Prepare(string root, int size, string samplesFolder, string? realFolder)
    {
        var real = realFolder is null ? [] : Directory.EnumerateFiles(realFolder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var realCount = Math.Min(real.Count, (int)(size * RealShare));
        var synthetic = size - realCount;
        var generator = SyntheticArticle.FromSamples(samplesFolder);
        var syntheticRoot = Path.Combine(root, "synthetic");
        var written = EnsureSynthetic(syntheticRoot, synthetic, generator);
        if (written > 0)
            Console.Error.WriteLine($"wrote {written:N0} made-up files under {syntheticRoot}");

        var files = new List<string>(size);
        var realTaken = 0;
        for (var s = 0; s < synthetic || realTaken < realCount;)
        {
            // Interleave: a real file whenever real files are behind their share of what is listed so far.
            if (realTaken < realCount && (s >= synthetic || (long)realTaken * size < (long)(files.Count + 1) * realCount))
            {
                files.Add(real[(int)((long)realTaken * real.Count / realCount)]);
                realTaken++;
            }
            else
            {
                files.Add(SyntheticPath(syntheticRoot, s));
                s++;
            }
        }
        var lists = Directory.CreateDirectory(Path.Combine(root, "lists")).FullName;
        var listFile = Path.Combine(lists, $"corpus-{size.ToString(CultureInfo.InvariantCulture)}.txt");
        File.WriteAllLines(listFile, files, new UTF8Encoding(false));
        return new ScaleCorpus(listFile, files, realCount, files.Sum(f => new FileInfo(f).Length));
    }

    public static IReadOnlyList<string> ReadList(string listFile) => new PathList(File.ReadAllBytes(listFile));

    private static string SyntheticPath(string root, int n) =>
        Path.Combine(root, (n / FilesPerFolder).ToString("000", CultureInfo.InvariantCulture), SyntheticArticle.FileName(n));

    /// <summary>Writes the made-up files not yet on disk (a marker remembers how many exist); returns how many were written.</summary>
    private static int EnsureSynthetic(string root, int count, SyntheticArticle generator)
    {
        Directory.CreateDirectory(root);
        var marker = Path.Combine(root, ".count");
        var existing = File.Exists(marker) ? int.Parse(File.ReadAllText(marker), CultureInfo.InvariantCulture) : 0;
        if (existing >= count)
            return 0;
        var utf8 = new UTF8Encoding(false);
        Parallel.For(existing, count, n =>
        {
            var path = SyntheticPath(root, n);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generator.Text(n), utf8);
        });
        File.WriteAllText(marker, count.ToString(CultureInfo.InvariantCulture));
        return count - existing;
    }
}
