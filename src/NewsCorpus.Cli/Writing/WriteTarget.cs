using NewsCorpus.Core;

namespace NewsCorpus.Cli.Writing;

/// <summary>Where a write verb's work goes: this process, holding the data folder's writer lock, or a site it is handed to.</summary>
internal abstract record WriteTarget : IDisposable
{
    public abstract void Dispose();
}

/// <summary>This process writes: it holds the writer lock through <paramref name="Corpus"/>.</summary>
internal sealed record LocalWriter(Corpus Corpus) : WriteTarget
{
    public override void Dispose() => Corpus.Dispose();
}

/// <summary>A running site writes: the work is handed to it through its API.</summary>
internal sealed record SiteHandOff(SiteClient Client) : WriteTarget
{
    public override void Dispose() => Client.Dispose();
}
