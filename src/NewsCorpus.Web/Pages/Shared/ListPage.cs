namespace NewsCorpus.Web.Pages;

/// <summary>
/// One page of a long article list (a summit's, a month's): at most <see cref="Size"/> articles a page, so a page
/// costs the same at 10k articles as at a million. Pages are numbered from 1 in <c>?page=</c>.
/// </summary>
public sealed record ListPage(string Path, int Number, int Total)
{
    public const int Size = 100;

    /// <summary>Far past the search's deepest offset, which shows an empty page; keeps the offset an <c>int</c>.</summary>
    private const int MaxNumber = 1_000_000;

    /// <summary>The page asked for: <c>?page=</c> when it is a number from 1, else the first.</summary>
    public static int Requested(int? page) => page is > 0 ? Math.Min(page.Value, MaxNumber) : 1;

    public static int OffsetOf(int number) => (number - 1) * Size;

    public int Count => Math.Max(1, (Total + Size - 1) / Size);

    public string Url(int number) => number <= 1 ? Path : $"{Path}?page={number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
