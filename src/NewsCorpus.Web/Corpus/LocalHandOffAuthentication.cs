using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using NewsCorpus.Web.Auth;

namespace NewsCorpus.Web.Corpus;

/// <summary>
/// The authentication scheme of <see cref="LocalHandOff"/>: a request bearing this start's hand-off credential is
/// the local command line, an admin. <see cref="AdminSchemes.For"/> sends it only bearer tokens shaped like the
/// credential; one of an earlier start (or made up) fails with 401 problem details like a revoked API token.
/// </summary>
public sealed class LocalHandOffAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, LocalHandOff handOff)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "LocalHandOff";

    /// <summary>The claim that marks the local command line: it may import from any path on this machine.</summary>
    public const string LocalClaim = "newscorpus:local-handoff";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.NoResult());
        if (!handOff.Accepts(header["Bearer ".Length..].Trim()))
            return Task.FromResult(AuthenticateResult.Fail("not this start's hand-off credential"));
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, "local command line"),
            new Claim(ClaimTypes.Role, AdminPolicy.Role),
            new Claim(LocalClaim, "true"),
        ], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await ApiProblem.UnauthorizedAsync(Context, badToken: result.Failure is not null);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => ApiProblem.ForbiddenAsync(Context);
}
