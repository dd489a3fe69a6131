using System.Globalization;
using NewsCorpus.Core.Import.Runs;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Parallelism;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Storage;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Import;

/// <summary>How many stored articles were parsed again, and how many of them came out different.</summary>
public sealed record ReparseReport(int Reparsed, int Changed);

/// <summary>
/// Parses every stored article again from the original text kept in SQLite, with today's rules and catalogs.
/// Import skips files whose bytes are unchanged, so without this an edited <c>data/summits.json</c> or an
/// improved parser would reach only files that change. Editors' corrections live apart and stay as they are.
/// Works in batches like an import: the changed articles of a batch are stored in one transaction and staged in the
/// index, committed every few seconds (<see cref="IndexCommitPace"/>). The store is recorded as current only after
/// the last batch is indexed and committed, so a killed reparse is still due on the next start and runs again.
/// </summary>
public sealed class Reparser(
    ArticleStore store, StoredParse storedParse, SearchIndex index, IArticleParser parser, ImportRuns runs, NewsCorpusOptions options)
{
    /// <summary>True when every stored article was parsed with today's rules and catalogs (or there is none).</summary>
    public bool StoreIsCurrent => storedParse.IsCurrent;

    /// <summary>Works through a reparse run from the first article (a resumed run starts over: reparsing is idempotent).</summary>
    internal ReparseReport Run(ImportRun run, Action<RunProgress>? progress, CancellationToken cancellation)
    {
        var ids = store.Ids();
        runs.Start(run.Id, ids.Count, clearCounts: true);
        var changed = 0;
        var done = 0;
        var batch = 0;
        var pace = new IndexCommitPace(index, options.IndexCommitSeconds);
        pace.Around(() =>
        {
            foreach (var chunk in ids.Chunk(Math.Max(1, options.ImportBatchSize)))
            {
                cancellation.ThrowIfCancellationRequested();
                // One read for the batch, then parsing on every core; the changed articles stay in id order. An
                // unchanged article whose text a store of an earlier build kept in an older form is written back in
                // today's, which reads three times faster (StoredOriginalText).
                var outcomes = ParallelWork.InOrder(store.GetParsedWithTextForm(chunk), stored =>
                    {
                        var (before, olderText) = stored;
                        var after = parser.Parse(before.FileName, before.ContentHash, DecodedText.Ok(before.OriginalText, before.Encoding));
                        if (!ParsedValues(after).SequenceEqual(ParsedValues(before), StringComparer.Ordinal))
                            return new Outcome(before.Id, ArticleStore.Prepare(after), null);
                        return new Outcome(before.Id, null, olderText ? StoredOriginalText.Compress(before.OriginalText) : null);
                    }, ParallelWork.Threads, cancellation);
                var changedArticles = outcomes.Select(o => o.Changed).OfType<PreparedArticle>().ToList();
                long sequenceBefore, sequenceAfter;
                using (var transaction = store.BeginWrite())
                {
                    foreach (var prepared in changedArticles)
                        ArticleStore.Write(prepared, transaction);
                    foreach (var outcome in outcomes.Where(o => o.RewrittenText is not null))
                        ArticleStore.RewriteText(outcome.Id, outcome.RewrittenText!, transaction);
                    ImportRuns.AddCounts(run.Id, new RunCounts(chunk.Length, 0, changedArticles.Count, chunk.Length - changedArticles.Count, 0), transaction);
                    transaction.Commit();
                    (sequenceBefore, sequenceAfter) = (transaction.SequenceBefore, transaction.LastSequence);
                }
                TestPause.At("store-commit", ++batch);
                if (changedArticles.Count > 0)
                    index.Stage(store.WithCorrections([.. changedArticles.Select(p => p.Article)]), sequenceBefore, sequenceAfter);
                pace.AfterBatch(batch);
                changed += changedArticles.Count;
                done += chunk.Length;
                progress?.Invoke(new RunProgress(run, ids.Count, done, 0, []));
            }
        });
        storedParse.MarkCurrent();
        return new ReparseReport(done, changed);
    }

    /// <summary>What reparsing one article came to: its new values, or its text in today's form, or neither.</summary>
    private sealed record Outcome(string Id, PreparedArticle? Changed, byte[]? RewrittenText);

    // Everything the parser decides, as text, so two parses of one article can be compared value by value.
    private static string?[] ParsedValues(Article a) =>
        [
            a.Title, a.Dateline, a.Byline, a.Source, a.Date?.ToString("O", CultureInfo.InvariantCulture),
            a.DateSource, a.DateEvidence, a.SummitId, a.SummitEvidence,
            string.Join('\u001f', a.SourceIds), string.Join('\u001f', a.Entities),
            string.Join('\u001f', a.Paragraphs), string.Join('\u001f', a.Captions),
        ];
}
