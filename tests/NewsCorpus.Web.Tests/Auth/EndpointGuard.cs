using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace NewsCorpus.Web.Tests.Auth;

/// <summary>
/// Finds every request that could change data through an endpoint the app maps — any method but GET and HEAD,
/// and every page under <c>/admin</c> — and checks that each refuses callers who are not admins: 401 problem
/// details under <c>/api</c>, a redirect to the sign-in page elsewhere.
/// </summary>
public static class EndpointGuard
{
    /// <summary>
    /// Public on purpose, and nothing else. Each entry needs a reason; a new entry needs a reviewer who agrees.
    /// </summary>
    public static readonly IReadOnlySet<(string Method, string Path)> PublicOnPurpose = new HashSet<(string, string)>
    {
        // The language switch: sets the culture cookie in the reader's own browser and changes no stored data
        // (antiforgery-protected like every form).
        ("POST", "/language"),
        // The sign-in page and its form: the way in cannot require being in (antiforgery-protected, locks out).
        ("GET", "/admin/signin"),
        ("POST", "/admin/signin"),
    };

    /// <summary>A request that could change data, and where it comes from.</summary>
    public sealed record DataChangingRequest(string Method, string Path, string Endpoint)
    {
        public bool IsApi => Path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || Path == "/api";

        public override string ToString() => $"{Method} {Path} ({Endpoint})";
    }

    /// <summary>Every data-changing request the app's endpoints accept, allowed-on-purpose ones included.</summary>
    public static async Task<IReadOnlyList<DataChangingRequest>> FindAsync(IServiceProvider services)
    {
        var pageLoader = services.GetRequiredService<PageLoader>();
        var found = new List<DataChangingRequest>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var path = SamplePath(endpoint.RoutePattern);
            foreach (var method in await MethodsAsync(endpoint, pageLoader))
            {
                if (ChangesData(method, path))
                    found.Add(new DataChangingRequest(method, path, endpoint.DisplayName ?? endpoint.RoutePattern.RawText ?? path));
            }
        }
        return found.Distinct().ToList();
    }

    /// <summary>The refusals that did not happen, one line each; empty when every request was refused.</summary>
    public static async Task<IReadOnlyList<string>> FindUnguardedAsync(HttpClient client, IEnumerable<DataChangingRequest> requests, params string?[] bearerTokens)
    {
        var failures = new List<string>();
        foreach (var request in requests.Where(r => !PublicOnPurpose.Contains((r.Method, r.Path))))
        {
            foreach (var token in bearerTokens)
            {
                using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.Path, UriKind.Relative));
                if (request.Method is not ("GET" or "HEAD"))
                    message.Content = new ByteArrayContent([]);
                if (token is not null)
                    message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await client.SendAsync(message);
                if (!IsRefusal(request, response))
                    failures.Add($"{request} answered {(int)response.StatusCode} {response.Headers.Location} to {(token is null ? "an anonymous caller" : "bearer " + token[..Math.Min(token.Length, 12)] + "…")}");
            }
        }
        return failures;
    }

    private static bool IsRefusal(DataChangingRequest request, HttpResponseMessage response) => request.IsApi
        ? response.StatusCode == HttpStatusCode.Unauthorized && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
        : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } to
            && (to.IsAbsoluteUri ? to.AbsolutePath : to.OriginalString.Split('?')[0]) == "/admin/signin";

    private static bool ChangesData(string method, string path) =>
        method is not ("GET" or "HEAD")
        || path.Equals("/admin", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("/admin/", StringComparison.OrdinalIgnoreCase);

    private static async Task<IReadOnlyList<string>> MethodsAsync(RouteEndpoint endpoint, PageLoader pageLoader)
    {
        if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 } declared)
            return [.. declared.HttpMethods.Select(m => m.ToUpperInvariant())];
        if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
        {
            // A page answers every method, but only its handlers (OnGet, OnPostAsync, ...) run code; a page
            // without handlers only renders.
            var compiled = await pageLoader.LoadAsync(page, endpoint.Metadata);
            var handled = compiled.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().ToList();
            return handled.Count > 0 ? handled : ["GET"];
        }
        // No method declared: the endpoint takes any, so it is treated as one that writes.
        return ["POST", "PUT", "DELETE"];
    }

    /// <summary>A concrete address for a route: every parameter filled with a value its constraints accept.</summary>
    private static string SamplePath(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => SampleValue(parameter),
            _ => "",
        })));
        return "/" + string.Join('/', segments);
    }

    private static string SampleValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Any(c => c.StartsWith("int", StringComparison.Ordinal) || c.StartsWith("long", StringComparison.Ordinal)
            || c.StartsWith("min", StringComparison.Ordinal) || c.StartsWith("max", StringComparison.Ordinal) || c.StartsWith("range", StringComparison.Ordinal)))
            return "1";
        if (constraints.Contains("guid"))
            return Guid.Empty.ToString();
        return "x";
    }
}
