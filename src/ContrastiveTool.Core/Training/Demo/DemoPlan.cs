using System.Globalization;
using System.Text.Json;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Mining;
using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Core.Training.Comparison;

namespace ContrastiveTool.Core.Training.Demo;

/// <summary>The main job, as two Core steps the <c>demo</c> verb runs one after the other: mine tiered hard negatives for a
/// training subset (<see cref="MineService"/>), then <see cref="LossComparison"/> — the zero-shot baseline and three
/// fine-tunings (in-batch InfoNCE, MNR with the mined negatives, triplet with the question's own lowest answer) judged on
/// the same held-out test set.</summary>
public sealed record DemoPlan(string TrainPath, MineRequest Mine, ComparisonConfig Comparison, string ReportDir)
{
    /// <summary>Checks the data folder, writes the training subset and builds both steps.</summary>
    /// <exception cref="UserInputException">The data folder lacks train.jsonl or test.jsonl.</exception>
    public static DemoPlan Create(DemoOptions options, ReadReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        string train = Path.Combine(options.DataFolder, "train.jsonl"), test = Path.Combine(options.DataFolder, "test.jsonl");
        foreach (var file in new[] { train, test })
            if (!File.Exists(file))
                throw new UserInputException($"the demo's data is missing: no '{file}'; give a folder with train.jsonl and test.jsonl " +
                                             "(ranked QA) with --data, or rebuild the bundled set: contrastive data import wordnet -o data/wordnet");
        string output = Path.GetFullPath(options.OutputDir);
        string subset = Path.Combine(output, "data", "train.jsonl");
        WriteSubset(train, subset, options.TrainQuestions, report, cancellationToken);
        string mined = Path.Combine(output, "mined", "negatives.jsonl");
        var mine = new MineRequest(subset, "tiered", mined,
            new MinerSettings(TierProportions: TierProportions(options.Negatives)),
            new MiningOptions(options.Negatives, options.Seed), EmbeddingsPath: null, DemoOptions.MiningModel, CachePath: null,
            ClustersPath: null, new KMeansRequest(Seed: options.Seed), CategoryField: null, To: null, ScoresOut: null, ScoresDepth: 0,
            new EncodeOptions());
        using var config = JsonDocument.Parse(ComparisonJson(subset, test, mined, options));
        var comparison = ComparisonConfigLoader.Parse(config.RootElement, "the demo's comparison", []);
        return new DemoPlan(subset, mine, comparison, Path.Combine(output, "report"));
    }

    /// <summary>Negatives spread over the four tiers (in-cluster, adjacent, similar, random), the remainder to the first tiers.</summary>
    internal static int[] TierProportions(int negatives) =>
        Enumerable.Range(0, 4).Select(tier => negatives / 4 + (tier < negatives % 4 ? 1 : 0)).ToArray();

    private static void WriteSubset(string train, string subset, int questions, ReadReport report, CancellationToken cancellationToken)
    {
        using var writer = new RankedQaWriter(subset);
        foreach (var item in new RankedQaReader().Read(train, report, cancellationToken).Take(questions))
            writer.Write(item);
        writer.Commit();
    }

    private static string ComparisonJson(string train, string test, string mined, DemoOptions options) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["data_path"] = train,
            ["test_path"] = test,
            ["test_limit"] = options.TestQuestions,
            ["model"] = options.StartModel,
            ["seed"] = options.Seed,
            ["test_size"] = 0.1,
            ["eval_steps"] = 5,
            ["batch_size"] = 32,
            ["epochs"] = options.Epochs,
            ["learning_rate"] = 1e-4,
            ["max_length"] = 48,
            ["runs"] = new object[]
            {
                new Dictionary<string, object> { ["name"] = "infonce", ["preset"] = "infonce_standard" },
                new Dictionary<string, object> { ["name"] = "mnr-mined", ["loss_type"] = "mnr", ["batch_transform"] = "mined", ["negatives"] = mined },
                new Dictionary<string, object> { ["name"] = "triplet", ["preset"] = "triplet_hard_neg" },
            },
        }, new JsonSerializerOptions { WriteIndented = true });

    /// <summary>What the plan runs, for the run's header line.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Comparison.Runs.Count} fine-tunings of {Comparison.Shared.Model} and its zero-shot baseline; training data {TrainPath}, test set {Comparison.TestPath}");
}
