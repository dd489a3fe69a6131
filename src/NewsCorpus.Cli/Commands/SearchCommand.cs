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
        var year = new Option<int?>("--year") { Description = "Only articles dated in this year." };
        var from = new Option<string?>("--from") { Description = "Only articles dated on or after YYYY-MM-DD." };
        var to = new Option<string?>("--to") { Description = "Only articles dated on or before YYYY-MM-DD." };
        var source = new Option<string?>("--source") { Description = "Only articles from this source (id from data/sources.json, or its name)." };
        var person = new Option<string?>("--person") { Description = "Only articles about this person (id from data/entities.json, or a name in either script)." };
        var sort = new Option<SearchSort>("--sort") { Description = "relevance or date.", DefaultValueFactory = _ => SearchSort.Relevance };
        var limit = new Option<int>("--limit") { Description = "Hits to print (1-1000).", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Search the articles.") { query, summit, year, from, to, source, person, sort, limit, CommonOptions.Json };
        command.SetAction(parsed =>
        {
            var request = new SearchRequest
            {
                Query = parsed.GetValue(query) ?? "",
                Summit = parsed.GetValue(summit),
                Year = parsed.GetValue(year),
                From = ParseDate(parsed.GetValue(from), "--from"),
                To = ParseDate(parsed.GetValue(to), "--to"),
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

    private static DateOnly? ParseDate(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"{option} expects a date as YYYY-MM-DD, not '{text}'");
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
        if (result.Message is not null)
            Console.Error.WriteLine(result.Message);
        Console.WriteLine($"{result.Total} article(s)");
        if (result.DidYouMean is not null)
            Console.WriteLine($"Did you mean: {result.DidYouMean}");
        foreach (var (facet, counts) in result.Facets.Where(f => f.Value.Count > 0))
            Console.WriteLine($"  {facet}: {string.Join(", ", counts.Take(8).Select(c => $"{c.Value} ({c.Count})"))}");
        foreach (var hit in result.Hits)
        {
            var date = hit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date";
            Console.WriteLine();
            Console.WriteLine($"{hit.Id}  {date}  {hit.Summit ?? "-"}  {hit.File}");
            Console.WriteLine($"  {hit.Title}");
            Console.WriteLine($"  {hit.Snippet.ToPlainText()}");
        }
    }
}
