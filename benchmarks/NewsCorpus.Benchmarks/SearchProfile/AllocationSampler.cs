using System.Diagnostics.Tracing;

namespace NewsCorpus.Benchmarks.SearchProfile;

/// <summary>
/// What a process allocates, by type: the runtime's allocation-tick events (one about every 100 KB allocated, naming
/// the type of the object that crossed the mark), counted while the sampler is alive. A sample, not an account:
/// large counts are reliable, small ones are noise.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int AllocationTickEvent = 10;
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventId != AllocationTickEvent || e.PayloadNames is null)
            return;
        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount")], System.Globalization.CultureInfo.InvariantCulture);
        lock (_lock)
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }

    /// <summary>The types that took the most, with their share of all the sampled bytes.</summary>
    public IEnumerable<(string Type, double Share)> Top(int count)
    {
        lock (_lock)
        {
            var total = Math.Max(1, _bytes.Values.Sum());
            return _bytes.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, (double)p.Value / total)).ToList();
        }
    }
}
