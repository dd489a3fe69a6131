using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Tests.Catalog;

/// <summary>An editor's mistake in a catalog is reported with the file, the line and what is wrong, in their words.</summary>
public sealed class CatalogErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newscorpus-catalogs-").FullName;

    public CatalogErrorTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot.Find(), "data")))
            File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
    }

    private string Summits => Path.Combine(_dir, "summits.json");

    /// <summary>Replaces the first occurrence of <paramref name="old"/> in summits.json and returns its 1-based line.</summary>
    private int Edit(string old, string replacement)
    {
        var lines = File.ReadAllLines(Summits);
        var index = Array.FindIndex(lines, line => line.Contains(old, StringComparison.Ordinal));
        lines[index] = lines[index].Replace(old, replacement, StringComparison.Ordinal);
        File.WriteAllLines(Summits, lines);
        return index + 1;
    }

    [Fact]
    public void The_shipped_catalogs_load() => Assert.NotEmpty(Catalogs.Load(_dir).Summits.Summits);

    [Fact]
    public void A_missing_file_is_named()
    {
        File.Delete(Path.Combine(_dir, "variants.txt"));

        var problem = Assert.Throws<CatalogException>(() => Catalogs.Load(_dir));

        Assert.Equal(Path.Combine(_dir, "variants.txt"), problem.File);
        Assert.Contains("the file is missing", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_reported_at_its_line_without_a_type_name()
    {
        var line = Edit("\"meeting_date\": \"", "\"meeting_date\": \"soon-");

        var problem = Assert.Throws<CatalogException>(() => Catalogs.Load(_dir));

        Assert.Equal(Summits, problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Matches(@"a value \(at summits\[0\]\.meeting_date\) is not a date written YYYY-MM-DD", problem.Problem);
        Assert.DoesNotContain("System.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forgotten_field_is_reported_instead_of_crashing_later()
    {
        Edit("\"id\":", "\"identifier\":");

        var problem = Assert.Throws<CatalogException>(() => Catalogs.Load(_dir));

        Assert.Contains("lacks", problem.Problem, StringComparison.Ordinal);
        Assert.Contains("'id'", problem.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("NewsCorpus.Core", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summit_of_an_unknown_forum_names_the_file_in_its_folder()
    {
        Edit("\"forum\": \"", "\"forum\": \"no-such-");

        var problem = Assert.Throws<CatalogException>(() => Catalogs.Load(_dir));

        Assert.Equal(Summits, problem.File);
        Assert.Contains("forums.json does not list", problem.Problem, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
