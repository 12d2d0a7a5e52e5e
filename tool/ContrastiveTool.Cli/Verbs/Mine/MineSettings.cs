using System.ComponentModel;
using System.Globalization;
using ContrastiveTool.Core;
using ContrastiveTool.Core.Mining;
using ContrastiveTool.Core.Mining.Search;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Mine;

public sealed class MineSettings : FileInputSettings
{
    [CommandOption("-s|--strategy <NAME>")]
    [Description("random (uniform), hard (most similar), semi_hard (FaceNet band, falls back to hard), range (rank window + score guards), cluster (other k-means clusters), category (other categories) or tiered (4 tiers: in-cluster, adjacent, similar, random).")]
    [DefaultValue("tiered")]
    public string Strategy { get; init; } = "tiered";

    [CommandOption("-n|--negatives <N>")]
    [Description("Negatives per pair. For tiered it must equal the sum of --tier-proportions.")]
    [DefaultValue(12)]
    public int Negatives { get; init; } = 12;

    [CommandOption("-o|--output <FILE>")]
    [Description("The mined JSONL: {\"query_id\", \"positive_id\", \"negatives\": [[{\"id\", \"tier\", \"score\"}]]}. Other outputs are named after it: <stem>.png (histogram by tier), <stem>.safetensors + <stem>.ids.json (tiered: hard_negatives, negative_tiers), <stem>.<format>.jsonl (--to).")]
    public string Output { get; init; } = "";

    [CommandOption("--embeddings <FILE>")]
    [Description("Embeddings of every question and answer id (from `contrastive embed <data>`). Without it, --model encodes them.")]
    public string? Embeddings { get; init; }

    [CommandOption("-m|--model <NAME>")]
    [Description("Encoder used when --embeddings is not given: minilm, minilm-torch, arctic-xs, tiny-transformer, bow, or a checkpoint folder.")]
    [DefaultValue("minilm")]
    public string Model { get; init; } = "minilm";

    [CommandOption("--cache <FILE>")]
    [Description("Where --model's embeddings are cached and reused while the model and texts are unchanged. Default: <stem>.embeddings.safetensors.")]
    public string? Cache { get; init; }

    [CommandOption("--index-kind <KIND>")]
    [Description("How neighbours are searched: exact (blocked matrix product, the reference), ivf (k-means cells, FAISS's IVF-Flat idea) or hnsw (USearch graph). Approximate kinds trade recall for speed on large corpora.")]
    [DefaultValue("exact")]
    public string IndexKind { get; init; } = "exact";

    [CommandOption("--index <FILE>")]
    [Description("ivf/hnsw: save the built index here, and load it instead of building when the file exists.")]
    public string? Index { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Seeds every random choice (and k-means): the same seed gives the same output.")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;

    [CommandOption("--exclude-same-question")]
    [Description("Never take the question's own lower-ranked answers as negatives (they may be unmarked positives); counted as same-question skips.")]
    public bool ExcludeSameQuestion { get; init; }

    [CommandOption("--same-question-tier0")]
    [Description("Take the question's own lower-ranked answers first, as tier-0 hard negatives; the strategy fills the rest.")]
    public bool SameQuestionTier0 { get; init; }

    [CommandOption("--margin <X>")]
    [Description("range: keep only s(a,n) ≤ s(a,p) − X. semi_hard: the band width (default 0.2).")]
    public double? Margin { get; init; }

    [CommandOption("--relative-margin <R>")]
    [Description("range: keep only s(a,n) ≤ s(a,p)·(1 − R); 0.05 keeps negatives at most 95 % as similar as the positive.")]
    public double? RelativeMargin { get; init; }

    [CommandOption("--range-min <N>")]
    [Description("range: skip the N most similar non-positives (the likeliest false negatives).")]
    [DefaultValue(0)]
    public int RangeMin { get; init; }

    [CommandOption("--range-max <N>")]
    [Description("range: consider only the N most similar non-positives.")]
    [DefaultValue(100)]
    public int RangeMax { get; init; } = 100;

    [CommandOption("--max-score <X>")]
    [Description("range: skip candidates more similar than X (near-duplicates).")]
    public double? MaxScore { get; init; }

    [CommandOption("--min-score <X>")]
    [Description("range: skip candidates less similar than X (too easy).")]
    public double? MinScore { get; init; }

    [CommandOption("--sampling <HOW>")]
    [Description("range: top (the best-ranked survivors) or random (a seeded sample of the window's survivors).")]
    [DefaultValue("top")]
    public string Sampling { get; init; } = "top";

    [CommandOption("--same-cluster")]
    [Description("cluster: draw from the pair's own cluster instead of evenly from the others.")]
    public bool SameCluster { get; init; }

    [CommandOption("--tier-proportions <LIST>")]
    [Description("tiered: negatives per tier 1–4 (in-cluster, adjacent, high-similarity, random).")]
    [DefaultValue("3,4,3,2")]
    public string TierProportions { get; init; } = "3,4,3,2";

    [CommandOption("--adjacent-k <N>")]
    [Description("tiered: how many nearest clusters (by centroid cosine) are adjacent.")]
    [DefaultValue(3)]
    public int AdjacentK { get; init; } = 3;

    [CommandOption("--clusters <FILE>")]
    [Description("cluster, tiered: a clusters.json from `contrastive cluster` over the same answers. Without it, k-means runs here.")]
    public string? Clusters { get; init; }

    [CommandOption("-k <N>")]
    [Description("cluster, tiered: clusters for the k-means run here. Default: round(√(answers/2)).")]
    public int? K { get; init; }

    [CommandOption("--max-iterations <N>")]
    [Description("cluster, tiered: k-means iterations at most.")]
    [DefaultValue(100)]
    public int MaxIterations { get; init; } = 100;

    [CommandOption("--clusterer <NAME>")]
    [Description("cluster, tiered: k-means implementation: mlnet (ML.NET KMeans) or torch (TorchSharp; the assignment step is one matrix product, much faster on large sets).")]
    [DefaultValue("mlnet")]
    public string Clusterer { get; init; } = "mlnet";

    [CommandOption("--category-field <NAME>")]
    [Description("category: the row field holding each question's category (dotted path; also looked for inside \"question\").")]
    public string? CategoryField { get; init; }

    [CommandOption("--to <FORMAT>")]
    [Description("Also write training data with the texts: sentence-transformers, triplets or trl-cpo, to <stem>.<format>.jsonl.")]
    public string? To { get; init; }

    [CommandOption("--scores-out <FILE>")]
    [Description("Also write every pair's top candidates with score and status (positive, mined, candidate, ...) for tuning offline.")]
    public string? ScoresOut { get; init; }

    [CommandOption("--scores-depth <N>")]
    [Description("Candidates per pair in --scores-out.")]
    [DefaultValue(100)]
    public int ScoresDepth { get; init; } = 100;

    [CommandOption("--max-reject-ratio <R>")]
    [Description("Fail when more than this share of rows is rejected.")]
    [DefaultValue(0.1)]
    public double MaxRejectRatio { get; init; } = 0.1;

    /// <summary>The same-question handling the flags ask for.</summary>
    public SameQuestionMode SameQuestion =>
        ExcludeSameQuestion ? SameQuestionMode.Exclude : SameQuestionTier0 ? SameQuestionMode.Tier0 : SameQuestionMode.Candidate;

    /// <summary>--tier-proportions as numbers (validated).</summary>
    public int[] Proportions => TierProportions.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : -1).ToArray();

    public override ValidationResult Validate()
    {
        var file = base.Validate();
        if (!file.Successful)
            return file;
        if (string.IsNullOrWhiteSpace(Output))
            return ValidationResult.Error("give the output file with -o, e.g. `-o mined.jsonl`");
        if (Negatives < 1)
            return ValidationResult.Error($"--negatives must be at least 1, got {Negatives}");
        try
        {
            IndexCatalog.Find(IndexKind);
        }
        catch (UserInputException unknown)
        {
            return ValidationResult.Error(unknown.Message);
        }
        if (ExcludeSameQuestion && SameQuestionTier0)
            return ValidationResult.Error("--exclude-same-question and --same-question-tier0 contradict each other; give one");
        if (Embeddings is not null && !System.IO.File.Exists(Embeddings))
            return ValidationResult.Error($"no such embeddings file: '{Embeddings}'");
        if (Proportions.Length != 4 || Proportions.Any(p => p < 0))
            return ValidationResult.Error($"--tier-proportions needs four counts ≥ 0, e.g. 3,4,3,2 (got '{TierProportions}')");
        if (K is < 1 || MaxIterations < 1 || ScoresDepth < 1 || AdjacentK < 0)
            return ValidationResult.Error("--k, --max-iterations and --scores-depth must be at least 1, --adjacent-k at least 0");
        if (Margin is < 0 || RelativeMargin is < 0 or >= 1)
            return ValidationResult.Error("--margin must be ≥ 0 and --relative-margin in [0, 1)");
        return ValidationResult.Success();
    }
}
