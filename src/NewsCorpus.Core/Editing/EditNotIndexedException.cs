namespace NewsCorpus.Core.Editing;

/// <summary>
/// Thrown when an edit was saved in the store but the search index could not take it (a full disk, the index folder
/// deleted under the writer): the store, the source of truth, has the change; search shows it once the writer has
/// brought the index up to date from the store (the site does so by itself: <c>SiteWriter</c>).
/// </summary>
public sealed class EditNotIndexedException(Exception cause)
    : IOException($"The change was saved, but the search index could not take it ({cause.Message}). " +
        "The index is being brought up to date from the store; search shows the change once it is.", cause);
