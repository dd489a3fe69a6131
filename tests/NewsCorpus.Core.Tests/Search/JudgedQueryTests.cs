using NewsCorpus.Benchmarks;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// Every query of the judged set (JudgedCorpus/judged-queries.json, also run by benchmarks/NewsCorpus.Benchmarks)
/// must return all its must-articles, none of its must-not articles, and the expected first hit where one is given.
/// </summary>
public sealed class JudgedQueryTests(JudgedSearch judged) : IClassFixture<JudgedSearch>
{
    public static TheoryData<string> QueryIds()
    {
        var data = new TheoryData<string>();
        foreach (var query in JudgedSet.Load().Queries)
            data.Add(query.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(QueryIds))]
    public void Judged_query_returns_what_it_must_and_nothing_it_must_not(string id)
    {
        var query = judged.Set.Queries.Single(q => q.Id == id);

        var outcome = new JudgedOutcome(query, judged.Engine.Search(query));

        Assert.True(outcome.Passed, outcome.Explain());
    }

    [Fact]
    public void The_judged_set_covers_every_aspect_with_at_least_forty_queries()
    {
        var aspects = judged.Set.Queries.Select(q => q.Aspect).ToHashSet();

        Assert.True(judged.Set.Queries.Count >= 40);
        Assert.Superset(new HashSet<string> { "obfuscation", "letter-forms", "variants", "cross-script", "latin", "precision", "syntax", "fields", "filters", "ranking" }, aspects);
        Assert.All(judged.Set.Queries, q => Assert.NotEmpty(q.Must));
        Assert.Equal(judged.Set.Queries.Count, judged.Set.Queries.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public void Judged_ids_name_articles_that_exist()
    {
        var ids = judged.Set.Articles.Select(a => a.Id).ToHashSet();

        Assert.All(judged.Set.Queries.SelectMany(q => q.Must.Concat(q.MustNot)), id => Assert.Contains(id, ids));
    }
}
