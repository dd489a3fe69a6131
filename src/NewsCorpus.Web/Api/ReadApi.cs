using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace NewsCorpus.Web.Api;

/// <summary>
/// The read-only JSON API under <c>/api/v1</c>: snake_case JSON (the CLI's contract), an OpenAPI 3 document at
/// <c>/openapi/v1.json</c>, problem details for every error, ETag and Cache-Control on reads, a request limit per
/// client (429 with Retry-After), CORS only for the origins configured. Endpoint groups live one per file here;
/// other groups (imports, maintenance) map themselves under <see cref="Prefix"/> in their own files.
/// </summary>
public static class ReadApi
{
    public const string Prefix = "/api/v1";
    public const string RateLimitPolicy = "api";
    public const string CorsPolicy = "api";

    public static IServiceCollection AddReadApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.DictionaryKeyPolicy = null;
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi.AddOpenApiDescriptions());
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, Options(http).RequestsPerMinute), Window = TimeSpan.FromMinutes(1) }));
            limiter.OnRejected = async (context, cancel) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many requests", Detail = $"At most {Options(context.HttpContext).RequestsPerMinute} API requests a minute per client; try again in {seconds} seconds." },
                });
            };
        });
        // No policy, no CORS headers: browsers on other sites cannot read the API unless origins are configured.
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ApiOptions>>((cors, api) =>
        {
            if (api.Value.CorsOrigins.Length > 0)
                cors.AddPolicy(CorsPolicy, p => p.WithOrigins(api.Value.CorsOrigins).WithMethods("GET").WithExposedHeaders("ETag"));
        });
        return services;
    }

    /// <summary>Problem details instead of the site's HTML error pages for everything under <c>/api</c>.</summary>
    public static IApplicationBuilder UseApiProblemDetails(this IApplicationBuilder app) =>
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });

    public static IEndpointRouteBuilder MapReadApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        var api = app.MapGroup(Prefix)
            .RequireRateLimiting(RateLimitPolicy)
            .AddEndpointFilter<ApiCaching>()
            .RequireCors(CorsPolicy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapSearchApi().MapFacetsApi().MapArticlesApi().MapSummitsApi().MapStatsApi();
        return app;
    }

    private static ApiOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
}

/// <summary>The API's settings, under <c>NewsCorpus:Api</c>.</summary>
public sealed class ApiOptions
{
    public const string Section = "NewsCorpus:Api";

    /// <summary>Requests a client (by IP address) may make in a minute (<c>NewsCorpus:Api:RequestsPerMinute</c>).</summary>
    public int RequestsPerMinute { get; set; } = 300;

    /// <summary>Origins allowed to call the API from a browser (<c>NewsCorpus:Api:CorsOrigins</c>); none by default: CORS off.</summary>
    public string[] CorsOrigins { get; set; } = [];
}
