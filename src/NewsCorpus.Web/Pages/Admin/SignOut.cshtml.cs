using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Core.Accounts;
using NewsCorpus.Web.Auth;

namespace NewsCorpus.Web.Pages.Admin;

/// <summary>
/// Signing out is a POST (a form with its antiforgery token), so no link or image on another page can do it. It ends
/// the admin's sessions on every browser: a copied cookie stops working too.
/// </summary>
public sealed class SignOutModel(AdminAccounts accounts) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity is { IsAuthenticated: true, Name: { } name })
            accounts.EndSessions(name);
        await HttpContext.SignOutAsync(AdminSchemes.Cookie);
        return LocalRedirect("/");
    }
}
