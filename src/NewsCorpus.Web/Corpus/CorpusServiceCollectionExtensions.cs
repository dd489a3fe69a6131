using Microsoft.AspNetCore.Authentication;
using NewsCorpus.Core;
using NewsCorpus.Core.Setup;

namespace NewsCorpus.Web.Corpus;

/// <summary>
/// Registers the corpus (store, index, importer, searcher), opened for writing under the data folder's writer lock
/// for as long as the site runs; the background run queue; and the local hand-off that lets command-line verbs on
/// this machine give the site their work.
/// </summary>
public static class CorpusServiceCollectionExtensions
{
    public static IServiceCollection AddNewsCorpus(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NewsCorpusOptions>(configuration.GetSection(NewsCorpusOptions.Section));
        services.AddSingleton(sp =>
        {
            var options = configuration.GetSection(NewsCorpusOptions.Section).Get<NewsCorpusOptions>() ?? new NewsCorpusOptions();
            var lockLogger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SiteWriterLock));
            return SetupProblem.Open(options, resolved =>
                NewsCorpus.Core.Corpus.OpenForWriting(resolved, SiteWriterLock.Acquire(resolved.DataDir, lockLogger), repairIndex: false));
        });
        services.AddSingleton<StartupImport>();
        services.AddSingleton<SiteWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<SiteWriter>());
        services.AddSingleton<SearchWarmUpService>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchWarmUpService>());
        services.AddSingleton<LocalHandOff>();
        services.AddHostedService<LocalHandOffAdvertiser>();
        // Chosen for bearer tokens that look like the hand-off credential (see AdminSchemes.For).
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, LocalHandOffAuthentication>(LocalHandOffAuthentication.SchemeName, null);
        return services;
    }

    /// <summary>Advertises the hand-off once the server listens (its addresses are known only then).</summary>
    private sealed class LocalHandOffAdvertiser(IHostApplicationLifetime lifetime, LocalHandOff handOff) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStarted.Register(handOff.Advertise);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
