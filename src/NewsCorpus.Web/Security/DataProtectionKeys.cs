using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace NewsCorpus.Web.Security;

/// <summary>
/// Keeps the data-protection keys (antiforgery tokens, protected cookies) in <c>DataDir/keys</c>, so they survive
/// restarts and the store's folder is the one thing to back up.
/// </summary>
public static class DataProtectionKeys
{
    public static IServiceCollection AddKeysUnderDataDir(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("NewsCorpus");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            var corpus = sp.GetRequiredService<NewsCorpus.Core.Corpus>();
            var folder = new DirectoryInfo(Path.Combine(corpus.Options.DataDir, "keys"));
            options.XmlRepository = new FileSystemXmlRepository(folder, sp.GetRequiredService<ILoggerFactory>());
        }));
        return services;
    }
}
