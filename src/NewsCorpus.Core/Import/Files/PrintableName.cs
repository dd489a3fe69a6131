using System.Globalization;
using System.Text;

namespace NewsCorpus.Core.Import.Files;

/// <summary>
/// A file name or path as one line of a report: a newline, tab or other control character in a name (allowed on
/// Unix) is written as an escape (<c>\n</c>, <c>\t</c>, <c>\u001B</c>), so one file is always one line.
/// </summary>
public static class PrintableName
{
    public static string Of(string name)
    {
        if (!name.Any(IsUnprintable))
            return name;
        var text = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsUnprintable(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    // Line and paragraph separators break a line as surely as a newline does.
    private static bool IsUnprintable(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
