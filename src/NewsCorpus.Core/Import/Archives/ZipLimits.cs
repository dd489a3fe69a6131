namespace NewsCorpus.Core.Import.Archives;

/// <summary>How much a <c>.zip</c> of articles may hold before it is refused (configuration section <c>NewsCorpus:Zip</c>).</summary>
public sealed class ZipLimits
{
    /// <summary>Entries (files) an archive may list.</summary>
    public int MaxEntries { get; set; } = 100_000;

    /// <summary>Bytes all entries may expand to together, counted as they are written, not as the archive claims.</summary>
    public long MaxExpandedBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// Expanded bytes per compressed byte, for one entry or the whole archive, once past
    /// <see cref="RatioCheckedAboveBytes"/>: Arabic text compresses about 4:1, a zip bomb thousands to one.
    /// </summary>
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Below this many expanded bytes the ratio is not checked: a small file of repeated letters is harmless.</summary>
    public long RatioCheckedAboveBytes { get; set; } = 1024 * 1024;
}
