// compare-losses: which loss gives the best retrieval model on this data? Trains each run of a compare config from the
// same start on the same split, judges all (and the zero-shot start) on one test set, and prints the table.
//
//   contrastive recipe recipes/compare-losses.csx                                  # configs/compare-wordnet.json, infonce + triplet
//   contrastive recipe recipes/compare-losses.csx -- --runs infonce,triplet,listwise --limit 1000
//   contrastive recipe recipes/compare-losses.csx -- --smoke                       # bow on the sample data, seconds
//
// Options: --config (a compare config, default configs/compare-wordnet.json), --runs (names of its runs, default
// infonce,triplet: the mnr-mined run needs a mine output first, see mine-then-train.csx), --limit (training questions,
// 480), --test-limit (300), --epochs (1), --model (the config's), --smoke.
// Writes into the output folder what `contrastive compare` writes: one folder per run (model/, metrics.jsonl) and
// report.md, report.csv, the bar charts and the learning curves.
using ContrastiveTool.Core.Training.Comparison;

bool smoke = HasArg("smoke");
string config = Arg("config", Path.Combine(ScriptFolder, "..", "configs", "compare-wordnet.json"));
var runs = Arg("runs", "infonce,triplet").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
var flags = new List<(string Key, string Text)>
{
    ("limit", Arg("limit", smoke ? 48 : 480, minimum: 2).ToString(CultureInfo.InvariantCulture)),
    ("test_limit", Arg("test-limit", smoke ? 12 : 300, minimum: 2).ToString(CultureInfo.InvariantCulture)),
    ("epochs", Arg("epochs", 1, minimum: 1).ToString(CultureInfo.InvariantCulture)),
    ("seed", Seed.ToString(CultureInfo.InvariantCulture)),
};
if (smoke)
{
    string sample = Path.GetFullPath(Path.Combine(ScriptFolder, "..", "data", "sample", "ranked-qa.jsonl"));
    flags.AddRange([("model", "bow"), ("data_path", sample), ("test_path", sample), ("eval_steps", "0")]);
}
else if (HasArg("model"))
    flags.Add(("model", Arg("model", "minilm-torch")));

var comparison = Step("read and check the config", () =>
{
    var loaded = ComparisonConfigLoader.Load(config, flags, runs);
    LossComparison.Validate(loaded);
    return loaded;
});
Log($"{comparison.Runs.Count} runs ({string.Join(", ", comparison.Runs.Select(r => r.Name))}) from {comparison.Shared.Model}, seed {Seed}");

var result = Step("train and judge every run", () => new LossComparison().Run(new ComparisonRequest(comparison, Output), null, CancellationToken));
Table($"{result.TestQuestions} test questions, standardized test",
      ["system", "status", "mrr", "ndcg@10", "recall@10", "hard_neg_accuracy"],
      result.Outcomes.Select(o => (IReadOnlyList<string>)[o.Name, o.Status.ToString(), Mean(o, "mrr"), Mean(o, "ndcg@10"),
                                                          Mean(o, "recall@10"), Mean(o, "hard_neg_accuracy")]).ToList());
Log($"report: {Path.Combine(result.OutputDir, "report.md")}");

static string Mean(RunOutcome outcome, string metric) =>
    outcome.Metrics?.Summaries.FirstOrDefault(s => s.Label == metric) is { } summary
        ? summary.Mean.ToString("F4", CultureInfo.InvariantCulture) : "—";
