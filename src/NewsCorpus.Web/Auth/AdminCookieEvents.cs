using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using NewsCorpus.Core.Accounts;

namespace NewsCorpus.Web.Auth;

/// <summary>
/// The sign-in cookie's checks: on each request the admin must still exist with the stamp the cookie was issued
/// for (so <c>users remove</c> ends their sessions at once); API requests are refused with problem details
/// instead of being redirected to the sign-in page.
/// </summary>
public sealed class AdminCookieEvents(AdminAccounts accounts) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirstValue(AdminClaims.Stamp);
        if (name is null || stamp is null || !accounts.IsCurrent(name, stamp))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AdminSchemes.Cookie);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        AdminSchemes.IsApi(context.Request) ? ApiProblem.UnauthorizedAsync(context.HttpContext) : base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (AdminSchemes.IsApi(context.Request))
            return ApiProblem.ForbiddenAsync(context.HttpContext);
        // A plain 403: the status-code pages show the friendly "refused" page in the reader's language.
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
