using System.Globalization;
using Microsoft.Extensions.Localization;

namespace NewsCorpus.Web.Localization;

/// <summary>
/// Counted phrases ("3 مقالات", "11 مقالاً", "1 article") in the current language. Arabic has six plural forms
/// (CLDR: zero, one, two, few, many, other), so each counted noun has a resource per form, e.g.
/// <c>Articles_few</c>; a missing form falls back to <c>_other</c>.
/// </summary>
public sealed class PluralText(IStringLocalizer<Ui> strings)
{
    public string Of(string noun, int count)
    {
        var form = strings[$"{noun}_{Category(count, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)}"];
        var text = form.ResourceNotFound ? strings[$"{noun}_other"] : form;
        return string.Format(CultureInfo.InvariantCulture, text, count);
    }

    /// <summary>The CLDR plural category of <paramref name="n"/> in <paramref name="language"/> (Arabic and English rules).</summary>
    public static string Category(int n, string language)
    {
        if (n == 0)
            return "zero"; // not an English CLDR form, but "No articles" reads better than "0 articles"
        if (language != InterfaceLanguages.Arabic)
            return n == 1 ? "one" : "other";
        var lastTwo = n % 100;
        return n switch
        {
            1 => "one",
            2 => "two",
            _ when lastTwo is >= 3 and <= 10 => "few",
            _ when lastTwo is >= 11 and <= 99 => "many",
            _ => "other",
        };
    }
}
