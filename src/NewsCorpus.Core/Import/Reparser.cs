using System.Globalization;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Storage;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Import;

/// <summary>How many stored articles were parsed again, and how many of them came out different.</summary>
public sealed record ReparseReport(int Reparsed, int Changed);

/// <summary>
/// Parses every stored article again from the original text kept in SQLite, with today's rules and catalogs.
/// Import skips files whose bytes are unchanged, so without this an edited <c>data/summits.json</c> or an
/// improved parser would reach only files that change. Editors' corrections live apart and stay as they are.
/// </summary>
public sealed class Reparser(ArticleStore store, StoredParse storedParse, ArticleParser parser)
{
    /// <summary>True when every stored article was parsed with today's rules and catalogs (or there is none).</summary>
    public bool StoreIsCurrent => storedParse.IsCurrent;

    public ReparseReport ReparseAll()
    {
        var reparsed = 0;
        var changed = 0;
        foreach (var id in store.Ids())
        {
            var before = store.GetParsed(id);
            if (before is null)
                continue;
            var after = parser.Parse(before.FileName, before.ContentHash, DecodedText.Ok(before.OriginalText, before.Encoding));
            reparsed++;
            if (ParsedValues(after).SequenceEqual(ParsedValues(before), StringComparer.Ordinal))
                continue;
            store.Upsert(after);
            changed++;
        }
        storedParse.MarkCurrent();
        return new ReparseReport(reparsed, changed);
    }

    // Everything the parser decides, as text, so two parses of one article can be compared value by value.
    private static string?[] ParsedValues(Article a) =>
        [
            a.Title, a.Dateline, a.Byline, a.Source, a.Date?.ToString("O", CultureInfo.InvariantCulture),
            a.DateSource, a.DateEvidence, a.SummitId, a.SummitEvidence,
            string.Join('\u001f', a.SourceIds), string.Join('\u001f', a.Entities),
            string.Join('\u001f', a.Paragraphs), string.Join('\u001f', a.Captions),
        ];
}
