namespace NewsCorpus.Web.Auth;

/// <summary>Refusals of API requests as RFC 7807 problem details, which scripts can read (pages get redirects instead).</summary>
internal static class ApiProblem
{
    private const string NeedsToken =
        "This needs an API token: send 'Authorization: Bearer TOKEN' (make one with `newscorpus tokens add NAME`).";

    public static Task UnauthorizedAsync(HttpContext http, bool badToken = false)
    {
        // RFC 6750: say which scheme is wanted, and when a token was sent, that it was not good.
        http.Response.Headers.WWWAuthenticate = badToken ? "Bearer error=\"invalid_token\"" : "Bearer";
        var detail = badToken ? "The API token is unknown or revoked." : NeedsToken;
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(http);
    }

    public static Task ForbiddenAsync(HttpContext http) =>
        TypedResults.Problem("This caller may not do this.", statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(http);
}
