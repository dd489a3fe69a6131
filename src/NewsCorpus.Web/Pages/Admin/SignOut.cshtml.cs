using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Web.Auth;

namespace NewsCorpus.Web.Pages.Admin;

/// <summary>Signing out is a POST (a form with its antiforgery token), so no link or image on another page can do it.</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AdminSchemes.Cookie);
        return LocalRedirect("/");
    }
}
