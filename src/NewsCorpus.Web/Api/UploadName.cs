namespace NewsCorpus.Web.Api;

/// <summary>An uploaded file's name as the importer sees it: the last part of whatever path the client sent, or null when unsafe.</summary>
public static class UploadName
{
    public static string? Safe(string given)
    {
        var name = given.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim();
        if (name.Length == 0 || name.Length > 255 || name.StartsWith('.') || name.Any(char.IsControl) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            return null;
        return name;
    }
}
