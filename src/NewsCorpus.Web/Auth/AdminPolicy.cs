namespace NewsCorpus.Web.Auth;

/// <summary>
/// The authorization policy for everything that changes data: a signed-in admin (cookie) or a live API token
/// (bearer). Put admin endpoints behind it with <c>.RequireAuthorization(AdminPolicy.Name)</c>; pages under
/// <c>Pages/Admin/</c> are behind it already.
/// </summary>
public static class AdminPolicy
{
    public const string Name = "Admin";

    /// <summary>The role every admin and every API token has; the only role there is today.</summary>
    public const string Role = "admin";
}
