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
        var staging = new Staging(options, folder);
        while (await reader.ReadNextSectionAsync(cancellation) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.IsFileDisposition() || disposition.Name.Value != Field)
            {
                await section.Body.CopyToAsync(Stream.Null, cancellation);
                continue;
            }
            await staging.AddAsync(disposition.FileNameStar.Value ?? disposition.FileName.Value ?? "", section.Body, cancellation);
        }
        return staging.Result();
    }

    /// <summary>
    /// Stages the files of a form the framework already read (an admin page's upload, whose antiforgery check reads
    /// the form first), under the same names, limits and refusals as <see cref="ReceiveAsync"/>.
    /// </summary>
    public static async Task<StagedUpload> StageFormFilesAsync(IEnumerable<IFormFile> files, NewsCorpusOptions options, string folder, CancellationToken cancellation)
    {
        var staging = new Staging(options, folder);
        foreach (var file in files)
        {
            await using var body = file.OpenReadStream();
            await staging.AddAsync(file.FileName, body, cancellation);
        }
        return staging.Result();
    }

    /// <summary>One upload's files as they arrive: each into a numbered sub-folder, or refused.</summary>
    private sealed class Staging(NewsCorpusOptions options, string folder)
    {
        private readonly List<ImportFileResult> _refused = [];
        private readonly byte[] _buffer = new byte[81920];
        private int _files;
        private long _total;

        public StagedUpload Result() => new(folder, _files, _refused);

        public async Task AddAsync(string given, Stream body, CancellationToken cancellation)
        {
            var name = UploadName.Safe(given);
            if (name is null)
            {
                _refused.Add(new ImportFileResult(given, ImportOutcome.Failed, Error: "the file name is empty or unsafe"));
                await Drain(body, cancellation);
                return;
            }
            var limit = name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? options.MaxUploadBytes : options.MaxFileBytes;
            var target = Path.Combine(folder, $"{++_files:D6}", name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            long written = 0;
            await using (var output = File.Create(target))
            {
                int read;
                while ((read = await body.ReadAsync(_buffer, cancellation)) > 0)
                {
                    Count(read);
                    written += read;
                    if (written <= limit)
                        await output.WriteAsync(_buffer.AsMemory(0, read), cancellation);
                }
            }
            if (written > limit)
            {
                File.Delete(target);
                _refused.Add(new ImportFileResult(name, ImportOutcome.Failed, Error: Invariant($"the file is {written:N0} bytes, over the {limit:N0}-byte limit")));
            }
        }

        private async Task Drain(Stream body, CancellationToken cancellation)
        {
            int read;
            while ((read = await body.ReadAsync(_buffer, cancellation)) > 0)
                Count(read);
        }

        private void Count(int read)
        {
            _total += read;
            if (_total > options.MaxUploadBytes)
                throw new TooLargeException(Invariant($"the upload is over the {options.MaxUploadBytes:N0}-byte limit per request"));
        }
    }
}
