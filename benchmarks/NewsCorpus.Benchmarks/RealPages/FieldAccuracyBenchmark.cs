using System.Globalization;

namespace NewsCorpus.Benchmarks.RealPages;

/// <summary>
/// Field accuracy of the parser on the made-up real-world pages: for each field (title, date, summit, source, body),
/// how many of the pages that state it come out right. `--failures` lists every wrong field.
/// </summary>
internal static class FieldAccuracyBenchmark
{
    public static int Run(string[] args)
    {
        var set = RealPageSet.Load();
        var checks = set.Pages.SelectMany(p => p.Checks().Select(c => (Page: p.Name, Check: c))).ToList();
        Console.WriteLine($"{set.Pages.Count} made-up real-world pages\n");
        Console.WriteLine($"{"field",-8} {"right",9} {"accuracy",9}");
        foreach (var field in checks.GroupBy(c => c.Check.Field))
        {
            var right = field.Count(c => c.Check.Passed);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-8} {1,4}/{2,-4} {3,9:P1}", field.Key, right, field.Count(), (double)right / field.Count()));
        }
        if (args.Contains("--failures"))
        {
            Console.WriteLine();
            foreach (var (page, check) in checks.Where(c => !c.Check.Passed))
                Console.WriteLine($"{page}: {check}");
        }
        return checks.All(c => c.Check.Passed) ? 0 : 1;
    }
}
