namespace NewsCorpus.Benchmarks;

/// <summary>How one engine did on one judged query.</summary>
public sealed record JudgedOutcome(JudgedQuery Query, IReadOnlyList<string> Returned)
{
    public IReadOnlyList<string> Missing => Query.Must.Except(Returned).ToList();
    public IReadOnlyList<string> Unwanted => Query.MustNot.Intersect(Returned).ToList();
    public string? ReturnedFirst => Returned.Count > 0 ? Returned[0] : null;
    public bool WrongFirst => Query.First is not null && ReturnedFirst != Query.First;
    public bool Passed => Missing.Count == 0 && Unwanted.Count == 0 && !WrongFirst;

    public string Explain() =>
        $"{Query.Id} ({Query.Query}): missing [{string.Join(", ", Missing)}], unwanted [{string.Join(", ", Unwanted)}]"
        + (WrongFirst ? $", first was {ReturnedFirst ?? "nothing"} not {Query.First}" : "");
}

/// <summary>
/// Totals for one engine over the judged set. Recall: share of must-return articles returned. Precision: of the
/// judged articles returned (must or must-not), the share that were wanted; unjudged articles count for neither.
/// </summary>
public sealed record Scorecard(string Engine, IReadOnlyList<JudgedOutcome> Outcomes)
{
    public int Passed => Outcomes.Count(o => o.Passed);
    public double Recall => Ratio(Outcomes.Sum(o => o.Query.Must.Count - o.Missing.Count), Outcomes.Sum(o => o.Query.Must.Count));
    public double Precision
    {
        get
        {
            var wanted = Outcomes.Sum(o => o.Query.Must.Count - o.Missing.Count);
            return Ratio(wanted, wanted + Outcomes.Sum(o => o.Unwanted.Count));
        }
    }

    public static Scorecard Run(ISearchEngine engine, IEnumerable<JudgedQuery> queries) =>
        new(engine.Name, queries.Select(q => new JudgedOutcome(q, engine.Search(q))).ToList());

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
