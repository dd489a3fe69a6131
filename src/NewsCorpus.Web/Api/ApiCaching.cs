using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsCorpus.Web.Api;

/// <summary>
/// ETag and Cache-Control on every API read. What a read returns depends only on the address and the index's
/// contents, so the tag is the index's version with a hash of the address: a client asking again with
/// <c>If-None-Match</c> gets 304 without the work being done, and any import or correction changes every tag.
/// </summary>
public sealed class ApiCaching(NewsCorpus.Core.Corpus corpus) : IEndpointFilter
{
    public const string CacheControl = "public, max-age=60";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
            return await next(context);
        var address = Encoding.UTF8.GetBytes(http.Request.Path + http.Request.QueryString);
        var etag = $"\"{corpus.Index.Version.ToString("x", CultureInfo.InvariantCulture)}-{Convert.ToHexStringLower(SHA256.HashData(address), 0, 8)}\"";
        if (http.Request.Headers.IfNoneMatch.Any(v => v == etag || v == "*"))
        {
            http.Response.Headers.ETag = etag;
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode == StatusCodes.Status200OK)
            {
                http.Response.Headers.ETag = etag;
                http.Response.Headers.CacheControl = CacheControl;
            }
            return Task.CompletedTask;
        });
        return await next(context);
    }
}
