using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace NewsCorpus.Web.Corpus;

/// <summary>
/// Lets command-line verbs on this machine hand their work to the running site: once the site listens, it writes
/// its own address and a fresh random credential into <c>DATA_DIR/writer.json</c> (mode 0600, replaced at each
/// start, removed when the site stops). A command that finds the folder locked by the site reads them and calls the
/// API with the credential as a bearer token; only the account that owns the data folder can read it, and that
/// account could write the store directly anyway.
/// </summary>
public sealed class LocalHandOff(NewsCorpus.Core.Corpus corpus, IServer server)
{
    /// <summary>How every hand-off credential begins, so the bearer token is read by this scheme rather than as an API token.</summary>
    public const string Prefix = "handoff-";

    private readonly byte[] _token = Encoding.ASCII.GetBytes(Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_'));

    /// <summary>True when <paramref name="presented"/> is this start's credential (compared in constant time).</summary>
    public bool Accepts(string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presented), _token);

    /// <summary>True for a bearer token shaped like a hand-off credential (of this start or an earlier one).</summary>
    public static bool IsHandOffToken(string bearer) => bearer.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// Advertises the site's loopback address and credential beside the writer lock (called once the server
    /// listens). A server with no address (an in-memory test host) advertises the credential alone.
    /// </summary>
    public void Advertise()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        corpus.WriterLock.Advertise(corpus.WriterLock.Holder with
        {
            Url = LoopbackAddress(addresses),
            HandOffToken = Encoding.ASCII.GetString(_token),
        });
    }

    /// <summary>An address a command on this machine can call: plain HTTP first, wildcard hosts as 127.0.0.1.</summary>
    internal static string? LoopbackAddress(IEnumerable<string> addresses)
    {
        var candidates = addresses
            .Select(a => a.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal))
            .Where(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            .OrderBy(a => a.StartsWith("https", StringComparison.Ordinal) ? 1 : 0)
            .ToList();
        return candidates.Count == 0 ? null : candidates[0].TrimEnd('/') + "/";
    }
}
