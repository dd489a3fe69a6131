using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsCorpus.Web.Localization;

namespace NewsCorpus.Web.Pages;

/// <summary>The language switch: remembers the chosen interface language in the culture cookie and goes back.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (InterfaceLanguages.IsSupported(culture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true,
                    SameSite = SameSiteMode.Lax, Secure = Request.IsHttps,
                });
        }
        // A ?culture= in the address would override the cookie just set, so it is dropped on the way back.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? WithoutCultureParameter(returnUrl!) : "/");
    }

    private static string WithoutCultureParameter(string url)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
            return url;
        var kept = url[(q + 1)..].Split('&').Where(p => !p.StartsWith("culture=", StringComparison.OrdinalIgnoreCase));
        var query = string.Join('&', kept);
        return query.Length == 0 ? url[..q] : $"{url[..q]}?{query}";
    }
}
