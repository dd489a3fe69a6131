using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsCorpus.Web.Pages.Admin;

/// <summary>
/// Refuses a form post over <c>NewsCorpus:MaxUploadBytes</c> with 413 before the antiforgery check reads its form —
/// that read would fail, and the admin would be told the page had expired instead of that the upload is too large.
/// The status page then says so, with the limit.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RefuseOversizedUploadAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before the antiforgery filter (order 1000).</summary>
    public int Order => 0;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method))
            return;
        var limit = context.HttpContext.RequestServices.GetRequiredService<NewsCorpus.Core.Corpus>().Options.MaxUploadBytes;
        if (request.ContentLength > limit || (request.ContentLength is null && request.HasFormContentType && !await FormFitsAsync(request)))
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
    }

    /// <summary>
    /// A body sent without a length (chunked) is measured only by reading it, so its form is read here, where the
    /// server's body limit (set to the upload limit for this page) can be told apart from a bad token; the form read
    /// is kept for the antiforgery check and the page.
    /// </summary>
    private static async Task<bool> FormFitsAsync(HttpRequest request)
    {
        try
        {
            await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return true;
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return false;
        }
    }
}
