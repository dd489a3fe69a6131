using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using NewsCorpus.Core.Accounts;

namespace NewsCorpus.Web.Auth;

/// <summary>
/// The bearer scheme for API tokens: the framework's authentication handler over <see cref="ApiTokens"/>. A missing
/// header is no result (anonymous); an unknown or revoked token fails; both are challenged with 401 problem details.
/// </summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Bearer = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.NoResult());
        var caller = tokens.Authenticate(header[Bearer.Length..].Trim());
        return Task.FromResult(caller is null
            ? AuthenticateResult.Fail("unknown or revoked API token")
            : AuthenticateResult.Success(new AuthenticationTicket(AdminClaims.ForToken(caller.Name), Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await ApiProblem.UnauthorizedAsync(Context, badToken: result.Failure is not null);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => ApiProblem.ForbiddenAsync(Context);
}
