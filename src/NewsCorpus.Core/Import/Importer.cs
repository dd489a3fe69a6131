using NewsCorpus.Core.Import.Files;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Ingestion.Html;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Storage;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Import;

/// <summary>
/// Imports article files: decode, parse, store in SQLite, index in Lucene. A file whose bytes are unchanged is
/// skipped; a refused file is reported and leaves what is stored untouched.
/// </summary>
public sealed class Importer(ArticleStore store, StoredParse storedParse, SearchIndex index, ArticleParser parser, NewsCorpusOptions options)
{
    /// <summary>Imports every file under <paramref name="paths"/> (files, or folders searched recursively).</summary>
    public ImportReport Import(IEnumerable<string> paths)
    {
        // New articles are parsed with today's rules: a store that was up to date (or empty) stays up to date.
        var wasCurrent = storedParse.IsCurrent;
        var results = new List<ImportFileResult>();
        var changed = new List<Article>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in ImportPaths.Expand(paths, results))
        {
            // The file name is the article's key: two files of one name in one import would overwrite each other.
            if (seen.TryGetValue(Path.GetFileName(file), out var first))
            {
                results.Add(Failed(Path.GetFileName(file),
                    $"another file of the same name is in this import ({first}); file names identify articles, so rename one"));
                continue;
            }
            seen.Add(Path.GetFileName(file), file);
            results.Add(ImportFile(file, changed));
        }
        if (changed.Count > 0)
            index.Index(changed);
        if (wasCurrent && changed.Count > 0)
            storedParse.MarkCurrent();
        return new ImportReport(results);
    }

    private ImportFileResult ImportFile(string path, List<Article> changed)
    {
        var fileName = Path.GetFileName(path);
        try
        {
            if (!ArticleFormat.IsAccepted(fileName))
                return Failed(fileName, $"not an article file: the accepted formats are {string.Join(", ", ArticleFormat.Extensions)} (or no extension)");
            var read = SafeFileReader.Read(path, options.MaxFileBytes);
            if (read.Refusal is { } refusal)
                return Failed(fileName, refusal);
            var bytes = read.Bytes!;
            var hash = ArticleId.ContentHash(bytes);
            var storedHash = store.FindHash(fileName);
            if (storedHash == hash)
                return new ImportFileResult(fileName, ImportOutcome.Unchanged, ArticleId.FromFileName(fileName));

            var decoded = TextDecoder.Decode(bytes);
            if (decoded.IsRefused)
                return Failed(fileName, decoded.Refusal!);
            var article = parser.Parse(fileName, hash, decoded);
            // Index what the store holds: the re-parsed article with editors' corrections applied.
            changed.Add(store.Upsert(article));
            return new ImportFileResult(fileName, storedHash is null ? ImportOutcome.Imported : ImportOutcome.Updated, article.Id);
        }
        catch (IOException e)
        {
            return Failed(fileName, $"the file could not be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return Failed(fileName, $"the file could not be read: {e.Message}");
        }
    }

    internal static ImportFileResult Failed(string file, string error) => new(file, ImportOutcome.Failed, Error: error);
}
