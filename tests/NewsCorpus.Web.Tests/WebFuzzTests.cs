using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace NewsCorpus.Web.Tests;

/// <summary>
/// Every GET route the app maps, with every route value and every search parameter filled with hostile values
/// (presentation forms and ligatures, bidi and control characters, Lucene syntax, numbers past int, dates past the
/// calendar, long strings): no answer is a 5xx. Seeded, so a failure names a request that fails again.
/// </summary>
public sealed class WebFuzzTests(WorldAppFactory factory) : IClassFixture<WorldAppFactory>
{
    private const int Seed = 11;
    private const int RandomRequestsPerRoute = 12;

    /// <summary>Values every route value and parameter gets once, all at the same time: the edges of numbers and the calendar.</summary>
    private static readonly string[] Edges = ["9999", "12", "0", "-1", "2147483647", "99999999999", "ﷺ", "/[/"];

    /// <summary>The query-string keys the pages and exports read.</summary>
    private static readonly string[] Parameters = ["q", "summit", "year", "from", "to", "source", "person", "sort", "page", "culture"];

    private static readonly string[] Pieces =
    [
        "بوتين", "أوباما", "ﷺ", "ﷻ", "ﷲ", "ﻻ", "\uFDFD", "ـ.ـ", "...", "\u200F", "\u202E", "\u2067", "\u200D", "\u0000", "\u001F",
        "\uFEFF", "\uD800", "AND", "OR", "NOT", "(", ")", "\"", "*", "?", "~", "~2", "^9", ":", "/", "/[/", "/.*a.{18}/", "[a TO z]",
        "{* TO *}", "\\", "title:", "summit:", "person:", "year:", "-", "+", "&&", "||", "!", "x*a????????????", "2147483647",
        "-2147483648", "99999999999", "0", "-1", "9999-12-31", "0001-01-01", "2016-02-30", "NaN", "%", "%00", "<script>", "'", " ",
    ];

    [Fact]
    public async Task No_route_answers_a_hostile_request_with_a_server_error()
    {
        var client = await factory.CreateWorldClientAsync();
        var random = new Random(Seed);
        var failures = new List<string>();
        var routes = GetRoutes();

        Assert.Contains(routes, r => r.Contains('{', StringComparison.Ordinal));
        foreach (var route in routes)
        {
            var addresses = Edges.Select(edge => Address(route, _ => edge, () => true))
                .Concat(Enumerable.Range(0, RandomRequestsPerRoute)
                    .Select(_ => Address(route, maxPieces => Value(random, maxPieces), () => random.Next(3) > 0)));
            foreach (var address in addresses)
            {
                var response = await client.GetAsync(new Uri(address, UriKind.Relative));
                // 503 from /readyz is its answer ("not ready yet"), not a failure.
                if ((int)response.StatusCode >= 500 && !(route == "/readyz" && response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable))
                    failures.Add($"{(int)response.StatusCode} {address}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// The route patterns of every endpoint that answers GET, as the app maps them (pages, exports, anything added
    /// later), but the vendored files: they take no values.
    /// </summary>
    private List<string> GetRoutes() => factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
        .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
        .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>The route with its values filled, and the parameters <paramref name="include"/> picks, by <paramref name="value"/> (given a number of pieces).</summary>
    private static string Address(string route, Func<int, string> value, Func<bool> include)
    {
        var path = new StringBuilder();
        foreach (var segment in route.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            path.Append('/');
            // {id}, {year:int}, {month?}: a hostile value of any kind; the route's own constraints may then say 404.
            // Not NUL: the server refuses a path holding one before the app sees it (the test host throws).
            path.Append(segment.StartsWith('{') ? Uri.EscapeDataString(value(3).Replace("\0", "", StringComparison.Ordinal)) : segment);
        }
        var query = Parameters.Where(_ => include())
            .Select(p => p + "=" + Uri.EscapeDataString(value(12)));
        return (path.Length == 0 ? "/" : path.ToString()) + "?" + string.Join('&', query);
    }

    private static string Value(Random random, int maxPieces)
    {
        var value = new StringBuilder();
        var count = random.Next(1, maxPieces + 1);
        for (var i = 0; i < count; i++)
        {
            value.Append(random.Next(4) switch
            {
                0 => ((char)random.Next(0x20, 0xFFFF)).ToString(),
                1 => random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture),
                _ => Pieces[random.Next(Pieces.Length)],
            });
            if (random.Next(3) == 0)
                value.Append(' ');
        }
        // Now and then a value as long as an address allows.
        return random.Next(20) == 0 ? string.Concat(Enumerable.Repeat(value.ToString(), 1 + 1500 / Math.Max(1, value.Length))) : value.ToString();
    }
}
