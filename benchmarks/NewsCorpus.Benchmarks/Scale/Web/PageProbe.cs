namespace NewsCorpus.Benchmarks.Scale.Web;

/// <summary>A page the load asks for: a name for the table and its address (several addresses are asked in turn).</summary>
internal sealed record PageProbe(string Name, IReadOnlyList<string> Paths)
{
    public PageProbe(string name, string path) : this(name, [path])
    {
    }

    /// <summary>The pages of a store, from what the NewsCorpus worker found in it.</summary>
    public static IReadOnlyList<PageProbe> For(ScaleFigures store)
    {
        var probes = new List<PageProbe> { new("home", "/"), new("summits", "/summits") };
        if (store.Notes.TryGetValue("probe.summit", out var summit))
            probes.Add(new("summit", "/summits/" + Uri.EscapeDataString(summit)));
        probes.Add(new("browse", "/browse"));
        if (store.Notes.TryGetValue("probe.month", out var month) && month.Split('-') is [var year, var number])
        {
            probes.Add(new("browse year", "/browse/" + year));
            probes.Add(new("browse month", $"/browse/{year}/{int.Parse(number, System.Globalization.CultureInfo.InvariantCulture)}"));
        }
        if (store.Notes.TryGetValue("probe.ids", out var ids) && ids.Length > 0)
            probes.Add(new("article", ids.Split(',').Select(id => "/articles/" + id).ToList()));
        foreach (var query in ScaleQueries.All)
        {
            var path = "/search?q=" + Uri.EscapeDataString(query.Text)
                + (query.Year is { } y ? "&year=" + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
            probes.Add(new("search " + query.Name, path));
        }
        return probes;
    }
}
