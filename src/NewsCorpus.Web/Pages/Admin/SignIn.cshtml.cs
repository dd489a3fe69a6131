using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsCorpus.Core.Accounts;
using NewsCorpus.Web.Auth;

namespace NewsCorpus.Web.Pages.Admin;

/// <summary>
/// The admins' sign-in form. Every refusal reads the same — unknown name, wrong password, locked account — so the
/// page never tells anyone which names exist; the log says which it was.
/// </summary>
public sealed partial class SignInModel(AdminAccounts accounts, IOptions<AdminSignInOptions> options, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Refused { get; private set; }

    public IActionResult OnGet() => User.IsInRole(AdminPolicy.Role) ? LocalRedirect(Target) : Page();

    public async Task<IActionResult> OnPostAsync([FromForm] string? password)
    {
        var name = UserName?.Trim() ?? "";
        var result = accounts.SignIn(name, password ?? "", options.Value.Lockout);
        if (!result.Succeeded)
        {
            LogRefused(name, result.Outcome);
            Refused = true;
            return Page();
        }
        await HttpContext.SignInAsync(AdminSchemes.Cookie, AdminClaims.ForAdmin(result.Name!, result.Stamp!),
            new AuthenticationProperties { IsPersistent = false });
        LogSignedIn(result.Name!);
        return LocalRedirect(Target);
    }

    /// <summary>Where to go after signing in: the page that asked for it, if it is on this site.</summary>
    private string Target => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin sign-in refused for '{Name}': {Outcome}")]
    private partial void LogRefused(string name, SignInOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin '{Name}' signed in")]
    private partial void LogSignedIn(string name);
}
