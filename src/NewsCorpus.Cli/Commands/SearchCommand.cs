using System.CommandLine;
using System.Globalization;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Cli.Commands;

/// <summary><c>search QUERY</c> with filters; an empty query lists the matching articles, newest first.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "Words to find; empty (\"\") lists articles.", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
        var summit = new Option<string?>("--summit") { Description = "Only this summit id (e.g. g20-2016-hangzhou)." };
        var year = ValueOptions.Year("--year", "Only articles dated in this year.");
        var from = ValueOptions.Date("--from", "Only articles dated on or after this day.");
        var to = ValueOptions.Date("--to", "Only articles dated on or before this day.");
        var source = new Option<string?>("--source") { Description = "Only articles from this source (id from data/sources.json, or its name)." };
        var person = new Option<string?>("--person") { Description = "Only articles about this person (id from data/entities.json, or a name in either script)." };
        var sort = new Option<SearchSort>("--sort") { Description = "relevance or date.", HelpName = "relevance|date", DefaultValueFactory = _ => SearchSort.Relevance };
        sort.CompletionSources.Clear();
        sort.CompletionSources.Add("relevance", "date");
        var limit = ValueOptions.Count("--limit", "Hits to print", 1, 1000, byDefault: 20);
        var command = new Command("search", "Search the articles.") { query, summit, year, from, to, source, person, sort, limit, CommonOptions.Json };
        command.SetAction(parsed =>
        {
            var request = new SearchRequest
            {
                Query = parsed.GetValue(query) ?? "",
                Summit = parsed.GetValue(summit),
                Year = parsed.GetValue(year),
                From = parsed.GetValue(from),
                To = parsed.GetValue(to),
                Source = parsed.GetValue(source),
                Person = parsed.GetValue(person),
                Sort = parsed.GetValue(sort),
                Limit = parsed.GetValue(limit),
            };
            if (request.Limit is < 1 or > 1000)
                throw new UsageException("--limit must be between 1 and 1000");
            using var corpus = CommonOptions.OpenReader(parsed);
            var result = corpus.Searcher.Search(request);
            if (parsed.GetValue(CommonOptions.Json))
                CliJson.Write(ToJson(result));
            else
                Print(result);
            return CliRunner.Ok;
        });
        return command;
    }

    private static object ToJson(SearchResult result) => new
    {
        total = result.Total,
        message = result.Message,
        did_you_mean = result.DidYouMean,
        facets = result.Facets.ToDictionary(f => f.Key, f => f.Value.Select(c => new { value = c.Value, count = c.Count })),
        hits = result.Hits.Select(h => new
        {
            id = h.Id,
            file = h.File,
            title = h.Title,
            date = h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            summit = h.Summit,
            source = h.Source,
            score = h.Score,
            snippet = h.Snippet.ToPlainText(),
        }),
    };

    private static void Print(SearchResult result)
    {
        var style = TerminalStyle.Output;
        if (result.Message is not null)
            Console.Error.WriteLine(TerminalStyle.Error.Warning(result.Message));
        Console.WriteLine(style.Strong(HitCount(result)));
        if (result.DidYouMean is not null)
            Console.WriteLine($"Did you mean: {result.DidYouMean}");
        foreach (var (facet, counts) in result.Facets.Where(f => f.Value.Count > 0))
            Console.WriteLine($"  {facet}: {string.Join(", ", counts.Take(8).Select(c => $"{c.Value} ({c.Count})"))}");
        foreach (var hit in result.Hits)
        {
            var date = hit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date";
            Console.WriteLine();
            Console.WriteLine(style.Faint($"{hit.Id}  {date}  {hit.Summit ?? "-"}  {hit.File}"));
            Console.WriteLine($"  {style.Strong(hit.Title)}");
            Console.WriteLine($"  {hit.Snippet.ToPlainText()}");
        }
    }

    /// <summary>"3 articles", or "showing 2 of 3 articles" when --limit cut the list.</summary>
    internal static string HitCount(SearchResult result)
    {
        var articles = result.Total == 1 ? "1 article" : $"{result.Total} articles";
        return result.Hits.Count < result.Total ? $"showing {result.Hits.Count} of {articles} (--limit for more)" : articles;
    }
}
