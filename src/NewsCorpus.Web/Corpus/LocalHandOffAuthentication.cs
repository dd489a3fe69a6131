using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace NewsCorpus.Web.Corpus;

/// <summary>
/// The authentication scheme of <see cref="LocalHandOff"/>: a request bearing this start's hand-off credential is
/// the local command line, an admin. Any other bearer token is left to the other schemes.
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
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || !handOff.Accepts(header["Bearer ".Length..].Trim()))
            return Task.FromResult(AuthenticateResult.NoResult());
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, "local command line"),
            new Claim(ClaimTypes.Role, AdminPolicy.Role),
            new Claim(LocalClaim, "true"),
        ], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
