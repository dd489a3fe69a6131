using Dapper;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Import;

/// <summary>
/// Which parsing rules and catalogs the stored articles were parsed with, kept in <see cref="StoreMeta"/>: each
/// import batch keeps it current in its own transaction, the reparser brings it up to date when it has finished.
/// </summary>
public sealed class StoredParse(ArticleStore store, StoreMeta meta, IArticleParser parser)
{
    /// <summary>True when every stored article was parsed with today's rules and catalogs (or there is none).</summary>
    public bool IsCurrent => store.Count() == 0 || meta.Get(StoreMeta.ParsedWith) == parser.Fingerprint;

    /// <summary>Records that every stored article is now parsed with today's rules and catalogs.</summary>
    public void MarkCurrent() => meta.Set(StoreMeta.ParsedWith, parser.Fingerprint);

    /// <summary>
    /// Inside a batch that stores articles parsed with today's rules: if every article stored before the batch was
    /// parsed with them too (or there was none), so is every article after it — recorded in the batch's own
    /// transaction, so a killed first import leaves a store that is still current.
    /// </summary>
    public void KeepCurrent(WriteTransaction transaction)
    {
        var connection = transaction.Connection;
        var empty = connection.ExecuteScalar<int>("SELECT NOT EXISTS (SELECT 1 FROM articles)", transaction: transaction.Transaction) == 1;
        var recorded = connection.QuerySingleOrDefault<string>("SELECT value FROM store_meta WHERE key = @key",
            new { key = StoreMeta.ParsedWith }, transaction.Transaction);
        if (empty || recorded == parser.Fingerprint)
            StoreMeta.Set(connection, transaction.Transaction, StoreMeta.ParsedWith, parser.Fingerprint);
    }
}
