using System.Globalization;
using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Web.Localization;

/// <summary>
/// Names of catalog entries (summits, forums, sources, people) and dates in the current interface language.
/// Dates are spelled out here rather than with the culture's formats: Arabic cultures default to the Hijri
/// calendar, while the archive's dates are Gregorian, written with Western digits as Arabic news sites do.
/// </summary>
public sealed class CatalogLabels(NewsCorpus.Core.Corpus corpus)
{
    private Catalogs Catalogs => corpus.Catalogs;

    private static bool Arabic => InterfaceLanguages.IsArabic;

    public string Summit(string id) => Catalogs.Summits.Find(id) is { } s ? Summit(s) : id;
    public string Summit(Summit summit) => Arabic ? summit.NameAr : summit.NameEn;
    public string Forum(string id) => Catalogs.Summits.FindForum(id) is { } f ? (Arabic ? f.NameAr : f.NameEn) : id;
    public string City(Summit summit) => Arabic ? summit.CityAr : summit.CityEn;
    public string Country(Summit summit) => Arabic ? summit.CountryAr : summit.CountryEn;
    public string Source(string id) => Catalogs.Sources.Find(id) is { } s ? (Arabic ? s.NameAr : s.NameEn) : id;
    public string Entity(string id) => Catalogs.Entities.Find(id) is { } e ? Entity(e) : id;
    public string Entity(Entity entity) => Arabic ? entity.NameAr : entity.NameEn;

    /// <summary>The month's name: the first Arabic name in <c>data/months.json</c>, or the English one.</summary>
    public string Month(int month) => Arabic
        ? Catalogs.Calendar.Months.FirstOrDefault(m => m.Number == month) is { Names.Count: > 0 } m ? m.Names[0] : Number(month)
        : CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    public string Date(DateOnly date) => $"{Number(date.Day)} {Month(date.Month)} {Number(date.Year)}";
    public string YearMonth(int year, int month) => $"{Month(month)} {Number(year)}";

    /// <summary>A date range, without repeating the month and year when they are shared.</summary>
    public string DateRange(DateOnly start, DateOnly end) =>
        start == end ? Date(start)
        : start.Year == end.Year && start.Month == end.Month ? $"{Number(start.Day)}–{Date(end)}"
        : $"{Date(start)} – {Date(end)}";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
