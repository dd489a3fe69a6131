using NewsCorpus.Core;
using NewsCorpus.Core.Setup;

namespace NewsCorpus.Web.Corpus;

/// <summary>Registers the corpus (store, index, importer, searcher) and the first-start import.</summary>
public static class CorpusServiceCollectionExtensions
{
    public static IServiceCollection AddNewsCorpus(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NewsCorpusOptions>(configuration.GetSection(NewsCorpusOptions.Section));
        services.AddSingleton(sp =>
        {
            var options = configuration.GetSection(NewsCorpusOptions.Section).Get<NewsCorpusOptions>() ?? new NewsCorpusOptions();
            return SetupProblem.OpenCorpus(options);
        });
        services.AddSingleton<StartupImport>();
        services.AddHostedService(sp => sp.GetRequiredService<StartupImport>());
        return services;
    }
}
