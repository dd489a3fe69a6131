using NewsCorpus.Web.Auth;

namespace NewsCorpus.Web.Api;

/// <summary>The API's data-changing groups, each behind the <c>Admin</c> policy.</summary>
public static class ApiEndpoints
{
    public static WebApplication MapWriterApi(this WebApplication app)
    {
        app.MapGroup("/api/v1/imports").MapImportsApi().RequireAuthorization(AdminPolicy.Name);
        app.MapGroup("/api/v1/maintenance").MapMaintenanceApi().RequireAuthorization(AdminPolicy.Name);
        return app;
    }
}
