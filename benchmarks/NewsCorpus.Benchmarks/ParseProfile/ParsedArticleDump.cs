using System.Text.Encodings.Web;
using System.Text.Json;
using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Benchmarks.ParseProfile;

/// <summary>
/// `parse-profile --dump FILE`: every parsed article as one JSON line (every field the parser produces, the original
/// text left out: it is the input), or the file's refusal, in input order. Two dumps taken before and after a
/// speed-up must be byte-identical (<c>cmp</c>).
/// </summary>
internal static class ParsedArticleDump
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IReadOnlyList<string> paths, ArticleParser parser, string dumpPath)
    {
        var lines = new string[paths.Count];
        Parallel.For(0, paths.Count, i => lines[i] = Line(paths[i], parser));
        File.WriteAllLines(dumpPath, lines);
        Console.WriteLine($"{paths.Count:N0} files ({lines.Count(l => l.Contains("\"refused\"", StringComparison.Ordinal)):N0} refused) written to {dumpPath}");
    }

    private static string Line(string path, ArticleParser parser)
    {
        var file = ParseProfileInput.Read(path);
        if (file.Decoded.IsRefused)
            return JsonSerializer.Serialize(new { path, refused = file.Decoded.Refusal }, Json);
        var article = parser.Parse(Path.GetFileName(path), file.Hash, file.Decoded) with { OriginalText = "" };
        return JsonSerializer.Serialize(new { path, article }, Json);
    }
}
