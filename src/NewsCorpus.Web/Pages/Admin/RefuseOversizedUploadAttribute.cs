using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsCorpus.Web.Pages.Admin;

/// <summary>
/// Refuses a form post whose declared length is over <c>NewsCorpus:MaxUploadBytes</c> with 413 before the antiforgery
/// check reads its form — that read would fail, and the admin would be told the page had expired instead of that the
/// upload is too large. The status page then says so, with the limit.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RefuseOversizedUploadAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before the antiforgery filter (order 1000).</summary>
    public int Order => 0;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        var limit = context.HttpContext.RequestServices.GetRequiredService<NewsCorpus.Core.Corpus>().Options.MaxUploadBytes;
        if (HttpMethods.IsPost(request.Method) && request.ContentLength > limit)
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
    }
}
