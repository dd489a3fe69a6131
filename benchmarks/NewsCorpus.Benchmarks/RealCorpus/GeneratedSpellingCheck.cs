using System.Collections.Concurrent;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Search.Analysis;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Benchmarks.RealCorpus;

/// <summary>
/// The real corpus as a vocabulary of ordinary words: every spelling the transliteration rules generate for a
/// catalog name that these articles use is listed with how often they write it bare and with the article ال, so an
/// ordinary word a rule produced (<c>السوشي</c>) is seen and listed in <c>data/variants.txt</c> as never a name.
/// </summary>
internal static class GeneratedSpellingCheck
{
    public static void Print(TextWriter output, IReadOnlyList<RealCorpusFile> files, Catalogs catalogs)
    {
        var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Parallel.ForEach(files.Where(f => f.Article is not null), file =>
        {
            var article = file.Article!;
            foreach (var word in ArticleText.Words(ArabicNormalizer.Normalize(article.Title + "\n" + article.Body)))
                counts.AddOrUpdate(word, 1, (_, n) => n + 1);
        });
        var lexicon = SearchLexicon.From(catalogs);
        var checkedLexicon = SearchLexicon.From(catalogs, word => counts.ContainsKey("ال" + word));
        var used = lexicon.Generated.Kept.Where(g => counts.ContainsKey(g.Key)).OrderByDescending(g => counts[g.Key]).ToList();
        output.WriteLine($"\ngenerated spellings of names: {lexicon.Generated.Kept.Count:N0} kept before this vocabulary, " +
                         $"{checkedLexicon.Generated.Kept.Count:N0} after; {lexicon.Generated.Refused.Count:N0} refused by the catalogs");
        output.WriteLine($"used in this corpus: {used.Count:N0} (spelling ← name: bare / with ال; * = ordinary, refused)");
        foreach (var (spelling, name) in used)
        {
            var definite = counts.GetValueOrDefault("ال" + spelling);
            output.WriteLine($"  {(definite > 0 ? "*" : " ")} {spelling} ← {name}: {counts[spelling]} / {definite}");
        }
    }
}
