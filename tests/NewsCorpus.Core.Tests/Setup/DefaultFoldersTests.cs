using NewsCorpus.Core.Setup;

namespace NewsCorpus.Core.Tests.Setup;

public sealed class DefaultFoldersTests
{
    [Fact]
    public void A_program_in_a_checkout_uses_the_checkouts_var_data_and_sample_articles()
    {
        var checkout = RepoRoot.Find();

        var defaults = DefaultFolders.For(Path.Combine(checkout, "src", "NewsCorpus.Cli", "bin", "Debug", "net10.0"), "/home/someone/.local/share", windows: false);

        Assert.Equal(new DefaultFolders(Path.Combine(checkout, "var"), Path.Combine(checkout, "data"), Path.Combine(checkout, "data", "articles")), defaults);
    }

    [Fact]
    public void An_installed_program_keeps_its_store_in_the_platforms_data_folder_and_reads_the_catalogs_it_ships()
    {
        var defaults = DefaultFolders.For("/opt/newscorpus", "/home/someone/.local/share", windows: false);

        Assert.Equal("/home/someone/.local/share/newscorpus", defaults.DataDir);
        Assert.Equal("/opt/newscorpus/catalogs", defaults.CatalogDir);
        Assert.Equal("", defaults.ArticlesDir);
    }

    [Fact]
    public void On_windows_the_data_folder_is_capitalised()
    {
        var defaults = DefaultFolders.For("/opt/newscorpus", "/users/someone/appdata/local", windows: true);

        Assert.Equal(Path.Combine("/users/someone/appdata/local", "NewsCorpus"), defaults.DataDir);
    }

    [Fact]
    public void Without_a_home_folder_an_installed_program_asks_for_a_data_folder_instead_of_using_the_working_directory()
    {
        var problem = Assert.Throws<CorpusSetupException>(() => DefaultFolders.For("/opt/newscorpus", "", windows: false));

        Assert.Contains("--data-dir", problem.Message, StringComparison.Ordinal);
    }
}
