using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NewsCorpus.Core.Import.Writer;
using NewsCorpus.Web.Corpus;
using NewsCorpus.Web.Tests.Pages.Admin;

namespace NewsCorpus.Web.Tests.Api;

/// <summary>
/// Uploads up to <c>NewsCorpus:MaxUploadBytes</c> get through a real Kestrel server whose own request-body limit is
/// lower (here 100 kB, standing in for Kestrel's 30 MB default below the 256 MB upload limit), on the import API and
/// the admin import page alike; above the upload limit they are refused with 413.
/// </summary>
public sealed class ImportsUploadLimitTests : IDisposable
{
    private const int ServerLimit = 100_000;
    private readonly ApiAppFactory _app = new(new Dictionary<string, string> { ["NewsCorpus:MaxUploadBytes"] = "300000" });

    public ImportsUploadLimitTests() => _app.UseKestrel(o =>
    {
        o.Listen(IPAddress.Loopback, 0);
        o.Limits.MaxRequestBodySize = ServerLimit;
    });

    /// <summary>A plain client over the server's socket once the app has started, keeping cookies as a browser does.</summary>
    private async Task<HttpClient> SocketClientAsync()
    {
        _app.StartServer();
        await _app.Services.GetRequiredService<StartupImport>().Completed.WaitAsync(TimeSpan.FromMinutes(1));
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(address) };
    }

    /// <summary>One archive of <paramref name="bytes"/> bytes (the per-file limit of archives is the upload limit).</summary>
    private static MultipartFormDataContent Archive(int bytes) => new() { { new ByteArrayContent(new byte[bytes]), "files", "batch.zip" } };

    [Theory]
    [InlineData(200_000, HttpStatusCode.Accepted)]
    [InlineData(400_000, HttpStatusCode.RequestEntityTooLarge)]
    public async Task The_import_api_takes_uploads_up_to_the_upload_limit_above_the_servers_default_body_limit(int bytes, HttpStatusCode expected)
    {
        using var client = await SocketClientAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WriterLock.CurrentHolder(_app.DataDir)!.HandOffToken);

        using var response = await client.PostAsync(new Uri("/api/v1/imports", UriKind.Relative), Archive(bytes));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        if (expected == HttpStatusCode.RequestEntityTooLarge)
            Assert.Contains("300,000-byte limit", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200_000, HttpStatusCode.Redirect, false)]
    [InlineData(400_000, HttpStatusCode.RequestEntityTooLarge, false)]
    [InlineData(200_000, HttpStatusCode.Redirect, true)]
    [InlineData(400_000, HttpStatusCode.RequestEntityTooLarge, true)]
    public async Task The_admin_import_page_takes_uploads_up_to_the_upload_limit_above_the_servers_default_body_limit(int bytes, HttpStatusCode expected, bool chunked)
    {
        using var admin = await AdminPageClient.SignedInAsync(_app, await SocketClientAsync());

        using var response = await admin.PostFormAsync("/admin/import", "form.upload-form", Archive(bytes), chunked: chunked);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        if (expected == HttpStatusCode.Redirect)
            Assert.Matches("^/admin/runs/[0-9a-f]+$", response.Headers.Location!.OriginalString);
        else
            Assert.Contains("300,000", body, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
