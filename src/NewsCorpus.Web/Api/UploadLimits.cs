using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsCorpus.Web.Api;

/// <summary>
/// Lets the endpoints that take uploads — <c>POST /api/v1/imports</c> and the admin import page — receive up to
/// <c>NewsCorpus:MaxUploadBytes</c>, where the server's default request-body limit (Kestrel's 30 MB) would cut them
/// off first; every other endpoint keeps the default. Above the limit the request is still refused (413), with the
/// upload's own clear message where the size is known before reading.
/// </summary>
public static class UploadLimits
{
    /// <summary>The request-body limit and the form reader's per-part limit, both at <paramref name="maxUploadBytes"/>.</summary>
    public static object[] Metadata(long maxUploadBytes) =>
        [new BodyLimit(maxUploadBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = maxUploadBytes }];

    /// <summary>Applies the upload limits to the admin import page only.</summary>
    public static PageActionEndpointConventionBuilder WithUploadLimits(this PageActionEndpointConventionBuilder pages, IServiceProvider services)
    {
        var options = services.GetRequiredService<NewsCorpus.Core.Corpus>().Options;
        pages.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<PageActionDescriptor>().Any(p => p.ViewEnginePath == "/Admin/Import"))
                foreach (var item in Metadata(options.MaxUploadBytes))
                    endpoint.Metadata.Add(item);
        });
        return pages;
    }

    private sealed record BodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
