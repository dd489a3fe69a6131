using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsCorpus.Core.Accounts;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Web.Auth;

/// <summary>
/// Admin sign-in from the framework: cookie authentication for the pages, <see cref="ApiTokenHandler"/> for
/// scripts, and the <see cref="AdminPolicy.Name"/> policy over both. Readers stay anonymous: no fallback policy,
/// only what is marked (every page under <c>Pages/Admin/</c> but the sign-in page, and endpoints that ask) needs it.
/// </summary>
public static class AdminAuthentication
{
    public const string SignInPath = "/admin/signin";
    public const string SignOutPath = "/admin/signout";

    public static IServiceCollection AddAdminAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AdminSignInOptions>(configuration.GetSection(AdminSignInOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new AdminAccounts(AccountsDatabase(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ApiTokens(AccountsDatabase(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AdminCookieEvents>();

        services.AddAuthentication(AdminSchemes.CookieOrToken)
            .AddPolicyScheme(AdminSchemes.CookieOrToken, null, o => o.ForwardDefaultSelector = http => AdminSchemes.For(http.Request))
            .AddCookie(AdminSchemes.Cookie, o =>
            {
                o.LoginPath = SignInPath;
                o.LogoutPath = SignOutPath;
                o.ReturnUrlParameter = "returnUrl";
                o.Cookie.Name = "NewsCorpus.Admin";
                o.Cookie.HttpOnly = true;
                // Strict: the browser never sends the admin cookie with a request another site starts.
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Cookie.IsEssential = true;
                o.SlidingExpiration = true;
                o.EventsType = typeof(AdminCookieEvents);
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenHandler>(AdminSchemes.ApiToken, null);
        services.AddOptions<CookieAuthenticationOptions>(AdminSchemes.Cookie)
            .Configure<IOptions<AdminSignInOptions>>((cookie, admin) => cookie.ExpireTimeSpan = TimeSpan.FromHours(admin.Value.SessionHours));

        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy.Name, policy => policy.RequireAuthenticatedUser().RequireRole(AdminPolicy.Role));
        // PostConfigure: AddRazorPages sets up a new convention collection when the options are built, which would
        // drop conventions added by a plain Configure made before it (the endpoint guard test caught exactly that).
        services.PostConfigure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", AdminPolicy.Name);
            o.Conventions.AllowAnonymousToPage("/Admin/SignIn");
        });
        return services;
    }

    /// <summary>Reads the caller on every request and enforces the policies; after routing, before the endpoints.</summary>
    public static IApplicationBuilder UseAdminAuthentication(this IApplicationBuilder app) =>
        app.UseAuthentication().UseAuthorization();

    private static Database AccountsDatabase(IServiceProvider services) =>
        Database.InDataDir(services.GetRequiredService<NewsCorpus.Core.Corpus>().Options.DataDir);
}
