using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using NewsCorpus.Core;
using NewsCorpus.Core.Import;
using static System.FormattableString;

namespace NewsCorpus.Web.Api;

/// <summary>What an upload left in its staging folder, and the files refused while it was read.</summary>
public sealed record StagedUpload(string Folder, int Files, IReadOnlyList<ImportFileResult> Refused);

/// <summary>
/// Streams the <c>files</c> parts of a multipart upload into a new folder under <c>DATA_DIR/staging/</c>, where they
/// wait until their run has imported them (so a restart can still do it). Each file goes into a numbered sub-folder
/// under a name stripped of any path; a file over the per-file limit (articles) is refused and not kept, and the
/// request is refused as a whole past the per-request limit.
/// </summary>
public static class UploadStaging
{
    public const string Field = "files";

    /// <summary>Thrown when the request carries more than the per-request limit; nothing of it is kept.</summary>
    public sealed class TooLargeException(string message) : Exception(message);

    public static async Task<StagedUpload> ReceiveAsync(HttpRequest request, NewsCorpusOptions options, string folder, CancellationToken cancellation)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value
            ?? throw new InvalidDataException("the multipart request has no boundary");
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null, HeadersLengthLimit = 16 * 1024 };
        var refused = new List<ImportFileResult>();
        var files = 0;
        long total = 0;
        var buffer = new byte[81920];
        while (await reader.ReadNextSectionAsync(cancellation) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.IsFileDisposition() || disposition.Name.Value != Field)
            {
                await section.Body.CopyToAsync(Stream.Null, cancellation);
                continue;
            }
            var given = disposition.FileNameStar.Value ?? disposition.FileName.Value ?? "";
            var name = UploadName.Safe(given);
            if (name is null)
            {
                refused.Add(new ImportFileResult(given, ImportOutcome.Failed, Error: "the file name is empty or unsafe"));
                total += await Drain(section.Body, buffer, cancellation);
                continue;
            }
            var limit = name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? options.MaxUploadBytes : options.MaxFileBytes;
            var target = Path.Combine(folder, $"{++files:D6}", name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            long written = 0;
            await using (var output = File.Create(target))
            {
                int read;
                while ((read = await section.Body.ReadAsync(buffer, cancellation)) > 0)
                {
                    total += read;
                    if (total > options.MaxUploadBytes)
                        throw new TooLargeException(Invariant($"the upload is over the {options.MaxUploadBytes:N0}-byte limit per request"));
                    written += read;
                    if (written <= limit)
                        await output.WriteAsync(buffer.AsMemory(0, read), cancellation);
                }
            }
            if (written > limit)
            {
                File.Delete(target);
                refused.Add(new ImportFileResult(name, ImportOutcome.Failed, Error: Invariant($"the file is {written:N0} bytes, over the {limit:N0}-byte limit")));
            }
        }
        return new StagedUpload(folder, files, refused);

        async Task<long> Drain(Stream body, byte[] into, CancellationToken token)
        {
            long drained = 0;
            int read;
            while ((read = await body.ReadAsync(into, token)) > 0)
            {
                drained += read;
                if (total + drained > options.MaxUploadBytes)
                    throw new TooLargeException(Invariant($"the upload is over the {options.MaxUploadBytes:N0}-byte limit per request"));
            }
            return drained;
        }
    }
}
