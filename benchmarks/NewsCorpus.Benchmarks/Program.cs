using NewsCorpus.Benchmarks;
using NewsCorpus.Benchmarks.ParseProfile;
using NewsCorpus.Benchmarks.PageProfile;
using NewsCorpus.Benchmarks.Pathological;
using NewsCorpus.Benchmarks.RealCorpus;
using NewsCorpus.Benchmarks.RealPages;
using NewsCorpus.Benchmarks.Scale;
using NewsCorpus.Benchmarks.Scale.Workers;
using NewsCorpus.Benchmarks.SearchProfile;

// One verb per benchmark; the judged query set runs when no verb is given (the README's command).
var verbs = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["judged"] = JudgedBenchmark.Run,
    ["fields"] = FieldAccuracyBenchmark.Run,
    ["pathological"] = PathologicalBenchmark.Run,
    ["exports"] = ExportBenchmark.Run,
    ["realcorpus"] = RealCorpusBenchmark.Run,
    ["scale"] = ScaleBenchmark.Run,
    ["scale-worker"] = ScaleWorker.Run,
    ["scale-report"] = ScaleReport.Reprint,
    ["parse-profile"] = ParseProfileBenchmark.Run,
    ["search-profile"] = SearchProfileBenchmark.Run,
    ["page-profile"] = PageProfileBenchmark.Run,
    ["run-files-profile"] = RunFilesProfile.Run,
};
if (args.Length > 0 && verbs.TryGetValue(args[0], out var verb))
    return verb(args[1..]);
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine("usage: NewsCorpus.Benchmarks [" + string.Join('|', verbs.Keys) + "] [options]   (default: judged)");
    return 0;
}
return JudgedBenchmark.Run(args);
