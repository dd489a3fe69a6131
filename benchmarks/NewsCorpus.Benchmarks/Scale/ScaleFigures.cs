using System.Globalization;
using System.Text.Json;

namespace NewsCorpus.Benchmarks.Scale;

/// <summary>Named figures of one run (<c>engine.what.unit</c>), kept in the order they were measured; saved as JSON.</summary>
internal sealed class ScaleFigures
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public Dictionary<string, double> Values { get; init; } = [];
    public Dictionary<string, string> Notes { get; init; } = [];

    public double? this[string key] => Values.TryGetValue(key, out var v) ? v : null;

    public void Set(string key, double value) => Values[key] = value;

    public void Note(string key, string value) => Notes[key] = value;

    public void Add(ScaleFigures other)
    {
        foreach (var (k, v) in other.Values)
            Values[k] = v;
        foreach (var (k, v) in other.Notes)
            Notes[k] = v;
    }

    /// <summary>p50 and p99 of <paramref name="milliseconds"/> as <c>key.p50</c>, <c>key.p99</c>, and the count as <c>key.n</c>.</summary>
    public void SetLatencies(string key, IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
            return;
        var sorted = milliseconds.Order().ToArray();
        Set(key + ".p50", Percentile(sorted, 0.50));
        Set(key + ".p99", Percentile(sorted, 0.99));
        Set(key + ".n", sorted.Length);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    public static ScaleFigures Load(string path) => JsonSerializer.Deserialize<ScaleFigures>(File.ReadAllText(path)) ?? new ScaleFigures();

    public static string Format(double? value) => value switch
    {
        null => "—",
        >= 100 => value.Value.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => value.Value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
