namespace NewsCorpus.Web.Auth;

/// <summary>The authentication schemes, and which one a request is read with.</summary>
public static class AdminSchemes
{
    /// <summary>The sign-in cookie of people using the admin pages.</summary>
    public const string Cookie = "AdminCookie";

    /// <summary><c>Authorization: Bearer TOKEN</c> with a token made by <c>tokens add</c>.</summary>
    public const string ApiToken = "ApiToken";

    /// <summary>The default scheme: forwards each request to one of the two above (see <see cref="For"/>).</summary>
    public const string CookieOrToken = "CookieOrToken";

    /// <summary>
    /// Pages are read with the cookie only. Under <c>/api</c>, a bearer token when one is sent (the site's local
    /// hand-off credential, <c>handoff-…</c>, by its own scheme, any other as an API token); otherwise the cookie
    /// may read (so admin pages can poll progress) but never write: an API write always needs a token, so no form on
    /// another site can make one with an admin's cookie.
    /// </summary>
    public static string For(HttpRequest request)
    {
        if (!IsApi(request))
            return Cookie;
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Corpus.LocalHandOff.IsHandOffToken(authorization["Bearer ".Length..].Trim()) ? Corpus.LocalHandOffAuthentication.SchemeName : ApiToken;
        return HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ? Cookie : ApiToken;
    }

    /// <summary>API requests are answered with problem details, never with a redirect to the sign-in page.</summary>
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
