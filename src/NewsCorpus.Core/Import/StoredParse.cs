using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Import;

/// <summary>
/// Which parsing rules and catalogs the stored articles were parsed with, kept in <see cref="StoreMeta"/>: the
/// importer keeps it current, the reparser brings it up to date.
/// </summary>
public sealed class StoredParse(ArticleStore store, StoreMeta meta, ArticleParser parser)
{
    /// <summary>True when every stored article was parsed with today's rules and catalogs (or there is none).</summary>
    public bool IsCurrent => store.Count() == 0 || meta.Get(StoreMeta.ParsedWith) == parser.Fingerprint;

    /// <summary>Records that every stored article is now parsed with today's rules and catalogs.</summary>
    public void MarkCurrent() => meta.Set(StoreMeta.ParsedWith, parser.Fingerprint);
}
