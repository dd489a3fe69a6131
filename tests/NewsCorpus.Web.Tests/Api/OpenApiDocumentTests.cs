using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsCorpus.Web.Tests.Api;

/// <summary>
/// The OpenAPI document lists every endpoint mapped under <c>/api/v1</c> (found generically, so endpoints added
/// later are covered), and what each GET endpoint returns for its documented examples matches its schema.
/// </summary>
public sealed partial class OpenApiDocumentTests(CorpusAppFactory factory) : IClassFixture<CorpusAppFactory>
{
    [Fact]
    public async Task Every_api_endpoint_is_documented_and_answers_as_its_schema_says()
    {
        var client = await factory.CreateImportedClientAsync();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var root = document.RootElement;
        var paths = root.GetProperty("paths");
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Path: "/" + e.RoutePattern.RawText!.TrimStart('/').TrimEnd('/'), Method: m,
                // Admin endpoints answer an anonymous caller 401; their answers are checked by their own tests (ImportsApiTests).
                Public: e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is null)))
            .ToList();
        var failures = new List<string>();

        Assert.True(endpoints.Count >= 7, $"found only {endpoints.Count} endpoints");
        foreach (var (path, method, isPublic) in endpoints)
        {
            if (!paths.TryGetProperty(path, out var item) || !item.TryGetProperty(method.ToLowerInvariant(), out var operation))
            {
                failures.Add($"{method} {path}: not in the document");
                continue;
            }
            if (!operation.TryGetProperty("summary", out _) || !operation.TryGetProperty("description", out _))
                failures.Add($"{method} {path}: no summary or description");
            if (method != "GET")
                continue;
            var url = Example(path, operation, failures);
            if (!isPublic)
                continue;
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if ((int)response.StatusCode != 200)
            {
                failures.Add($"GET {url}: {(int)response.StatusCode}");
                continue;
            }
            var schema = operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var check = new JsonSchemaCheck(root);
            check.Check(body.RootElement, schema);
            failures.AddRange(check.Errors.Select(e => $"GET {url}: {e}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Errors_are_problem_details_and_match_the_documented_problem_schema()
    {
        var client = await factory.CreateImportedClientAsync();

        foreach (var url in new[] { "/api/v1/articles/no-such-article", "/api/v1/summits/no-such-summit", "/api/v1/nothing-here", "/api/v1/search?page_size=1000", "/api/v1/facets?facet=colour" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True((int)response.StatusCode is 400 or 404, url);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal((int)response.StatusCode, json.RootElement.GetProperty("status").GetInt32());
            Assert.True(json.RootElement.TryGetProperty("title", out _), url);
        }
    }

    /// <summary>The operation's address with its documented examples: every path parameter, and the query's where given.</summary>
    private static string Example(string path, JsonElement operation, List<string> failures)
    {
        var query = new List<string>();
        var url = path;
        foreach (var parameter in operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            var name = parameter.GetProperty("name").GetString()!;
            var example = parameter.TryGetProperty("example", out var e) ? e.ToString() : null;
            if (parameter.GetProperty("in").GetString() == "path")
            {
                if (example is null)
                    failures.Add($"{path}: path parameter {name} has no example");
                url = url.Replace("{" + name + "}", Uri.EscapeDataString(example ?? "x"), StringComparison.Ordinal);
            }
            else if (example is not null && name is "q" or "facet" or "limit")
                query.Add(name + "=" + Uri.EscapeDataString(example));
        }
        return Constraint().Replace(url, "") + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Constraint();
}
