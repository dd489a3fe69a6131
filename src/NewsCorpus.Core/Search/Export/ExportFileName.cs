using System.Globalization;
using System.Text;

namespace NewsCorpus.Core.Search.Export;

/// <summary>
/// The file name an export is saved under: <c>newscorpus-بوتين-2026-12-01.csv</c>, from the query's words (letters
/// and digits of any script, joined by hyphens, at most 60 characters) and the day of the export.
/// </summary>
public static class ExportFileName
{
    private const int MaxQueryChars = 60;

    public static string For(string query, DateOnly day, string extension)
    {
        var words = new StringBuilder();
        foreach (var ch in query.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark)
                words.Append(ch);
            else if (words.Length > 0 && words[^1] != '-')
                words.Append('-');
            if (words.Length >= MaxQueryChars)
                break;
        }
        var slug = words.ToString().Trim('-');
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return slug.Length == 0 ? $"newscorpus-{date}.{extension}" : $"newscorpus-{slug}-{date}.{extension}";
    }

    /// <summary>The same name with every character outside printable ASCII replaced, for the plain <c>filename=</c> parameter.</summary>
    public static string AsciiFallback(string fileName) =>
        new(fileName.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '_').ToArray());
}
