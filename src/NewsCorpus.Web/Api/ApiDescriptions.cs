using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NewsCorpus.Web.Api;

/// <summary>
/// What the OpenAPI document says beyond what the endpoints declare: the API's title and description, and an
/// example for each parameter, taken from the sample articles shipped in <c>data/articles/</c>.
/// </summary>
public static class ApiDescriptions
{
    /// <summary>Examples by parameter name, or by <c>path:name</c> where one name means different things.</summary>
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["q"] = "بوتين سوريا",
        ["summit"] = "g8-2013-lough-erne",
        ["-summit"] = "geneva-2021",
        ["year"] = "2013",
        ["-year"] = "2016",
        ["source"] = "reuters",
        ["-source"] = "sana",
        ["person"] = "putin",
        ["-person"] = "trump",
        ["from"] = "2013-01-01",
        ["to"] = "2013-12-31",
        ["sort"] = "date",
        ["page"] = "1",
        ["page_size"] = "20",
        ["limit"] = "10",
        ["facet"] = "person",
        ["/api/v1/articles/{id}:id"] = "ac2459fc0c90",
        ["/api/v1/articles/{id}/similar:id"] = "ac2459fc0c90",
        ["/api/v1/summits/{id}:id"] = "g8-2013-lough-erne",
        ["/api/v1/imports/{id}:id"] = "0193a6c2a1e47c8e9b6f2d0c1a5e3f77",
        ["/api/v1/imports/{id}/files:id"] = "0193a6c2a1e47c8e9b6f2d0c1a5e3f77",
        ["after"] = "-1",
        ["kind"] = "import",
    };

    public static OpenApiOptions AddOpenApiDescriptions(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NewsCorpus API";
            document.Info.Description = "Read-only access to the archive: search with facets, articles, summits, counts. " +
                "JSON names are snake_case; errors are RFC 7807 problem details; reads carry an ETag; each client may make a " +
                "limited number of requests a minute (429 with Retry-After beyond it).";
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var path = "/" + context.Description.RelativePath?.Split('?')[0].TrimStart('/');
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (parameter.Name is { } name && (Examples.TryGetValue(path + ":" + name, out var example) || Examples.TryGetValue(name, out example)))
                    parameter.Example = JsonValue.Create(example);
            }
            return Task.CompletedTask;
        });
        return options;
    }
}
