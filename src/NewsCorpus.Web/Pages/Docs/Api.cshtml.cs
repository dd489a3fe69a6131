using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NewsCorpus.Web.Pages.Docs;

/// <summary>
/// The API reference for people: the same OpenAPI document as <c>/openapi/v1.json</c>, rendered on the server
/// (nothing fetched from a CDN, nothing needing JavaScript).
/// </summary>
public sealed class ApiModel([FromKeyedServices("v1")] IOpenApiDocumentProvider documents) : PageModel
{
    public OpenApiDocument Document { get; private set; } = new();

    public async Task OnGetAsync() => Document = await documents.GetOpenApiDocumentAsync(HttpContext.RequestAborted);

    /// <summary>A schema as a short type name: <c>string</c>, <c>array of string</c>, <c>ApiHit</c>.</summary>
    public static string TypeName(IOpenApiSchema? schema) => schema switch
    {
        null => "",
        OpenApiSchemaReference reference => reference.Reference.Id ?? "object",
        { Type: { } type } when type.HasFlag(JsonSchemaType.Array) => "array of " + TypeName(schema.Items),
        { Type: { } type } => string.Join(" | ", Enum.GetValues<JsonSchemaType>().Where(t => type.HasFlag(t)).Select(t => t.ToString().ToLowerInvariant())),
        _ => "object",
    };
}
