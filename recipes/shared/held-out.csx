// shared/held-out.csx — #load-ed by the training recipes: judge models on a held-out ranked-QA split with the
// standardized evaluator, write each one's metrics.json (+ per-query.tsv) for `contrastive report`, and compare them.

// Embeds the held-out questions with `model` (a name or a checkpoint folder), runs the standardized test and writes
// <Output>/<name>/metrics.json; returns the flattened per-question result.
EvaluationResult JudgeHeldOut(string name, string model, IReadOnlyList<RankedQaItem> test, EncodeOptions encode, string data)
{
    var evaluator = new HeldOutEvaluator(test, encode);
    var result = Step($"evaluate {name} on {test.Count} held-out questions", 0, _ =>
    {
        // (a script's top level has no `using var`: dispose by hand)
        var encoder = EncoderCatalog.Load(model, Seed);
        try { return evaluator.EvaluateViews(encoder, null, CancellationToken).Flatten(); }
        finally { encoder.Dispose(); }
    });
    MetricsFileWriter.Write(Path.Combine(Output, name), result, new Bootstrap(seed: Seed), new Dictionary<string, object?>
    {
        ["model"] = model, ["data"] = Path.GetFullPath(data), ["evaluator"] = "standardized",
    });
    return result;
}

// Prints the systems side by side (mean per metric; the last system's change against the first, with the paired
// randomisation p-value) and writes <Output>/report (report.md, report.csv, charts), as `contrastive report` would.
void CompareHeldOut(string title, IReadOnlyList<string> names, IReadOnlyList<string> metrics)
{
    var systems = names.Select(n => MetricsFileReader.Read(Path.Combine(Output, n, "metrics.json"), n)).ToList();
    var report = ComparisonReport.Build(systems, new PairedRandomizationTest(seed: Seed));
    ReportFolderWriter.Write(report, Path.Combine(Output, "report"), CancellationToken);
    var last = report.Comparisons.Single(c => c.First == names[0] && c.Second == names[^1]);
    var rows = metrics.Where(m => systems.All(s => s.Find(m) is not null)).Select(m =>
    {
        var means = systems.Select(s => s.Find(m)!.Mean).ToList();
        double? p = last.PValues.FirstOrDefault(v => v.Label == m)?.PValue;
        return (IReadOnlyList<string>)[m, .. means.Select(F4), (means[^1] - means[0]).ToString("+0.0000;-0.0000", CultureInfo.InvariantCulture),
                                       p is double value ? value.ToString("0.0000", CultureInfo.InvariantCulture) : "—"];
    }).ToList();
    Table(title, ["metric", .. names, $"Δ {names[^1]}", "p (paired)"], rows);
}

static string F4(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
