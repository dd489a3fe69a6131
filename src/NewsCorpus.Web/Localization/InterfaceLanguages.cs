using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace NewsCorpus.Web.Localization;

/// <summary>
/// The interface speaks Arabic first and English on request. The choice is made with the visible language switch
/// (a cookie) or <c>?culture=en</c>; the browser's Accept-Language is deliberately ignored, so Arabic stays the default.
/// </summary>
public static class InterfaceLanguages
{
    public const string Arabic = "ar";
    public const string English = "en";
    public static readonly IReadOnlyList<string> All = [Arabic, English];

    public static IServiceCollection AddInterfaceLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<CatalogLabels>();
        services.AddSingleton<PluralText>();
        // Arabic text is written as itself, not as &#x...; entities (still HTML-encoded where it matters).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = All.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Arabic);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UseInterfaceLanguages(this IApplicationBuilder app) => app.UseRequestLocalization();

    public static bool IsSupported(string? culture) => culture is not null && All.Contains(culture);

    /// <summary>True when the current interface language is written right to left.</summary>
    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    public static bool IsArabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Arabic;
}
