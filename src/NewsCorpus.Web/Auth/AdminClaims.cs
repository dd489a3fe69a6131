using System.Security.Claims;

namespace NewsCorpus.Web.Auth;

/// <summary>
/// Who a signed-in caller is. <c>User.Identity.Name</c> is the admin's name, or <c>token:NAME</c> for an API token
/// (names cannot hold a colon), which is what history records should keep as "who".
/// </summary>
public static class AdminClaims
{
    /// <summary>The account's stamp when the cookie was issued; the cookie stops working when it changes.</summary>
    public const string Stamp = "newscorpus:stamp";

    public const string TokenPrefix = "token:";

    public static ClaimsPrincipal ForAdmin(string name, string stamp) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, AdminPolicy.Role), new Claim(Stamp, stamp)],
        AdminSchemes.Cookie));

    public static ClaimsPrincipal ForToken(string name) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, TokenPrefix + name), new Claim(ClaimTypes.Role, AdminPolicy.Role)],
        AdminSchemes.ApiToken));
}
