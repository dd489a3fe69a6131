using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NewsCorpus.Core.Import;
using NewsCorpus.Core.Import.Runs;

namespace NewsCorpus.Cli.Writing;

/// <summary>
/// Hands write verbs to a NewsCorpus site through its API (<c>/api/v1/imports</c>, <c>/api/v1/maintenance</c>,
/// <c>/api/v1/articles</c> for editors' acts) and
/// follows the run it queued until it is finished. A local site reads the files where they are (the hand-off
/// credential is readable only by the account that owns the data folder); a remote one is sent them, a few hundred
/// per request.
/// </summary>
internal sealed class SiteClient : IDisposable
{
    private const int FilesPerUpload = 500;
    private const long BytesPerUpload = 64L * 1024 * 1024;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(300);
    private readonly HttpClient _http;

    private SiteClient(Uri address, string token, bool isLocal)
    {
        Address = address;
        IsLocal = isLocal;
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(10) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public Uri Address { get; }

    /// <summary>True for the site writing the same data folder on this machine.</summary>
    public bool IsLocal { get; }

    public static SiteClient Local(string url, string token) => new(new Uri(url), token, isLocal: true);

    public static SiteClient Remote(string url, string? token)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            throw new UsageException($"--server expects an http:// or https:// address, not '{url}'");
        if (string.IsNullOrWhiteSpace(token))
            throw new UsageException("--server needs an API token: --token TOKEN or the NEWSCORPUS_TOKEN environment variable");
        return new SiteClient(address, token, isLocal: false);
    }

    /// <summary>Queues the import of <paramref name="paths"/>; returns the runs queued (one, or one per upload for a remote site).</summary>
    public IReadOnlyList<string> StartImport(IReadOnlyList<string> paths, List<ImportFileResult> refusedHere)
    {
        if (IsLocal)
            return [Send(HttpMethod.Post, "api/v1/imports", JsonContent.Create(new { paths = ImportSource.Absolute(paths) }))];
        var ids = new List<string>();
        foreach (var upload in UploadBatches.Of(paths, refusedHere, FilesPerUpload, BytesPerUpload))
        {
            using var form = new MultipartFormDataContent();
            var streams = new List<Stream>();
            try
            {
                foreach (var file in upload)
                {
                    var stream = File.OpenRead(file);
                    streams.Add(stream);
                    form.Add(new StreamContent(stream), "files", Path.GetFileName(file));
                }
                ids.Add(Send(HttpMethod.Post, "api/v1/imports", form));
            }
            finally
            {
                foreach (var stream in streams)
                    stream.Dispose();
            }
        }
        return ids;
    }

    /// <summary>Queues a reparse or a reindex (<paramref name="what"/>); returns the run's id.</summary>
    public string StartMaintenance(string what) => Send(HttpMethod.Post, $"api/v1/maintenance/{what}", null);

    public RunJson Get(string id) => Read<RunJson>($"api/v1/imports/{Uri.EscapeDataString(id)}");

    /// <summary>
    /// Follows a run until it is finished, printing its files (when asked) and progress as the site commits them;
    /// returns the finished run and, when asked, the outcomes of the files it did not import (failed or skipped): the
    /// summary lists those, and a million-file run's every outcome held 260 MB here beside the site doing the work.
    /// </summary>
    public (RunJson Run, IReadOnlyList<ImportFileResult> NotImported) Follow(string id, RunDisplay display, bool listFiles, CancellationToken cancellation)
    {
        var notImported = new List<ImportFileResult>();
        var read = 0;
        while (true)
        {
            var run = Get(id);
            if (listFiles)
                read = ReadFiles(id, read, notImported, display);
            display.Progress(run.Kind == "import" ? "files" : "articles", run.Done, run.Total, run.Refused, run.PerSecond);
            if (run.IsFinished)
            {
                if (listFiles)
                    ReadFiles(id, read, notImported, display);
                display.ClearBar();
                return (run, notImported);
            }
            if (cancellation.WaitHandle.WaitOne(Poll))
                throw new InvalidOperationException(
                    $"stopped following run {id}; the site goes on with it (GET {Address}api/v1/imports/{id} shows how it ends)");
        }
    }

    /// <summary>Prints the run's outcomes after the first <paramref name="read"/>, keeps the failed and skipped ones; returns how many are read now.</summary>
    private int ReadFiles(string id, int read, List<ImportFileResult> notImported, RunDisplay display)
    {
        while (true)
        {
            var page = Read<RunFilesJson>($"api/v1/imports/{Uri.EscapeDataString(id)}/files?after={read - 1}&limit=1000").Files;
            if (page.Count == 0)
                return read;
            var outcomes = page.Select(f => new ImportFileResult(f.File, Enum.Parse<ImportOutcome>(f.Outcome, ignoreCase: true), f.ArticleId, f.Error)).ToList();
            display.Files(outcomes);
            notImported.AddRange(outcomes.Where(f => f.Outcome is ImportOutcome.Failed or ImportOutcome.Skipped));
            read += page.Count;
        }
    }

    /// <summary>Corrects an article through <c>PUT /api/v1/articles/{id}/corrections</c>; returns its corrected fields.</summary>
    public IReadOnlyList<string> Correct(string id, IReadOnlyDictionary<string, string?> fields, string reason)
    {
        var body = new Dictionary<string, string?>(fields) { ["reason"] = reason };
        using var response = Edit(HttpMethod.Put, $"api/v1/articles/{Uri.EscapeDataString(id)}/corrections", JsonContent.Create(body));
        using var article = JsonDocument.Parse(response.Content.ReadAsStream());
        return [.. article.RootElement.GetProperty("corrected_fields").EnumerateArray().Select(f => f.GetString()!)];
    }

    /// <summary>Removes an article through <c>DELETE /api/v1/articles/{id}</c>.</summary>
    public void Remove(string id, string reason)
    {
        using var response = Edit(HttpMethod.Delete, $"api/v1/articles/{Uri.EscapeDataString(id)}?reason={Uri.EscapeDataString(reason)}", null);
    }

    /// <summary>Restores a removed article through <c>POST /api/v1/articles/{id}/restore</c>.</summary>
    public void Restore(string id)
    {
        using var response = Edit(HttpMethod.Post, $"api/v1/articles/{Uri.EscapeDataString(id)}/restore", null);
    }

    // The editorial API's refusals keep their meaning on this side: an unknown article is "not found", a bad value a usage error.
    private HttpResponseMessage Edit(HttpMethod method, string path, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        var response = Call(() => _http.Send(request));
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            var status = response.StatusCode;
            var detail = ProblemText(response).TrimStart(':', ' ');
            response.Dispose();
            throw status == HttpStatusCode.NotFound ? new NotFoundException(detail) : new UsageException(detail);
        }
        EnsureSuccess(response);
        return response;
    }

    private string Send(HttpMethod method, string path, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        using var response = Call(() => _http.Send(request));
        EnsureSuccess(response);
        using var body = JsonDocument.Parse(response.Content.ReadAsStream());
        return body.RootElement.GetProperty("id").GetString()!;
    }

    private T Read<T>(string path)
    {
        using var response = Call(() => _http.Send(new HttpRequestMessage(HttpMethod.Get, path)));
        EnsureSuccess(response);
        return JsonSerializer.Deserialize<T>(response.Content.ReadAsStream())
            ?? throw new InvalidOperationException($"the site at {Address} answered {path} with nothing");
    }

    private HttpResponseMessage Call(Func<HttpResponseMessage> send)
    {
        try
        {
            return send();
        }
        catch (HttpRequestException e)
        {
            throw new InvalidOperationException(
                $"could not reach the site at {Address}: {e.Message}. Work it accepted is kept and finished when it runs again.", e);
        }
        catch (TaskCanceledException e)
        {
            throw new InvalidOperationException($"the site at {Address} did not answer in time", e);
        }
    }

    private void EnsureSuccess(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
            return;
        var detail = ProblemText(response);
        throw new InvalidOperationException(response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => $"the site at {Address} refused the token ({(int)response.StatusCode}){detail}",
            _ => $"the site at {Address} answered {(int)response.StatusCode} {response.ReasonPhrase}{detail}",
        });
    }

    private static string ProblemText(HttpResponseMessage response)
    {
        try
        {
            using var problem = JsonDocument.Parse(response.Content.ReadAsStream());
            var root = problem.RootElement;
            var text = root.TryGetProperty("detail", out var detail) ? detail.GetString()
                : root.TryGetProperty("title", out var title) ? title.GetString() : null;
            return text is null ? "" : $": {text}";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    public void Dispose() => _http.Dispose();
}
