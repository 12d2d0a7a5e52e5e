using System.ComponentModel;
using ContrastiveTool.Core;
using ContrastiveTool.Core.Evaluation.Metrics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Eval;

public sealed class EvalSettings : CommandSettings
{
    [CommandOption("--qrels <FILE>")]
    [Description("Relevance judgments, TREC qrels: `qid 0 docid relevance` per line (relevance ≥ 1 is relevant).")]
    public string? Qrels { get; init; }

    [CommandOption("--run <FILE>")]
    [Description("A system's ranking, TREC run: `qid Q0 docid rank score tag` per line. Ranked by score (ties: docid descending); the rank column is ignored.")]
    public string? Run { get; init; }

    [CommandOption("--model <NAME>")]
    [Description("Judge a model instead of a run file: minilm, minilm-torch, arctic-xs, bow, tiny-transformer, or a checkpoint folder. Needs --data.")]
    public string? Model { get; init; }

    [CommandOption("--data <FILE>")]
    [Description("With --model: a ranked-QA file; each question's top answer is its positive (the standardized test).")]
    public string? Data { get; init; }

    [CommandOption("--evaluator <NAME>")]
    [Description("With --model: standardized (the seed project's test: overall, in-batch and hard-negative views) or retrieval (each question searches all the file's answers; its top answer is the relevant one).")]
    [DefaultValue("standardized")]
    public string Evaluator { get; init; } = "standardized";

    [CommandOption("--index-kind <KIND>")]
    [Description("With --evaluator retrieval: how each question searches the answers: exact (every answer scored), hnsw or ivf (approximate, faster on large corpora).")]
    [DefaultValue("exact")]
    public string IndexKind { get; init; } = "exact";

    [CommandOption("-o|--output <FILE>")]
    [Description("With --model: also write the result as JSON to this file.")]
    public string? Output { get; init; }

    [CommandOption("-m|--metrics <LIST>")]
    [Description("Comma-separated metric@k: mrr, ndcg, map, recall, precision, accuracy; no @k = whole list.")]
    [DefaultValue("mrr@10,ndcg@10,map@10,recall@10,recall@100,precision@10,accuracy@1")]
    public string Metrics { get; init; } = "mrr@10,ndcg@10,map@10,recall@10,recall@100,precision@10,accuracy@1";

    [CommandOption("--gain <KIND>")]
    [Description("NDCG gain: linear (grade, trec_eval) or exponential (2^grade − 1).")]
    [DefaultValue("linear")]
    public string Gain { get; init; } = "linear";

    [CommandOption("--map-denominator <KIND>")]
    [Description("MAP@k divides by: relevant (R, trec_eval's map_cut) or min-k (min(k, R), sentence-transformers).")]
    [DefaultValue("relevant")]
    public string MapDenominator { get; init; } = "relevant";

    [CommandOption("--seed-compat")]
    [Description("NDCG and MAP as the seed project computed them (ideal and denominator from the retrieved top k), to reproduce its numbers.")]
    public bool SeedCompat { get; init; }

    [CommandOption("--per-query <FILE>")]
    [Description("Also write every query's value of every metric, tab-separated with a header.")]
    public string? PerQuery { get; init; }

    [CommandOption("--max-reject-ratio <RATIO>")]
    [Description("Fail (exit 1) when more than this share of either file's lines is rejected.")]
    [DefaultValue(0.0)]
    public double MaxRejectRatio { get; init; }

    [CommandOption("--json")]
    [Description("Print the result as one JSON object instead of a table.")]
    public bool Json { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("No progress display.")]
    public bool Quiet { get; init; }

    /// <summary>The metric definitions the options ask for.</summary>
    /// <exception cref="UserInputException">An unknown --gain or --map-denominator (with "did you mean").</exception>
    public MetricOptions Options => new(
        NameLookup.Find(["linear", "exponential"], n => n, Gain, "--gain") == "exponential" ? GainKind.Exponential : GainKind.Linear,
        NameLookup.Find(["relevant", "min-k"], n => n, MapDenominator, "--map-denominator") == "min-k"
            ? Core.Evaluation.Metrics.MapDenominator.MinK : Core.Evaluation.Metrics.MapDenominator.Relevant,
        SeedCompat);

    public override ValidationResult Validate()
    {
        if (Model is not null || Data is not null)
            return ValidateModelMode();
        if (Qrels is null || Run is null)
            return ValidationResult.Error("give both files: `contrastive eval --qrels qrels.txt --run run.txt`, or a model and data: `contrastive eval --model minilm --data qa.jsonl`");
        foreach (var (option, path) in new[] { ("--qrels", Qrels), ("--run", Run) })
            if (!File.Exists(path))
                return ValidationResult.Error($"{option}: no such file: '{path}' (current folder: {Environment.CurrentDirectory})");
        if (MaxRejectRatio is < 0 or > 1 || double.IsNaN(MaxRejectRatio))
            return ValidationResult.Error($"--max-reject-ratio must be between 0 and 1, got {MaxRejectRatio}");
        return ValidationResult.Success();
    }

    /// <summary>Whether this run judges a model (--model/--data) rather than a TREC run.</summary>
    public bool JudgesModel => Model is not null;

    private ValidationResult ValidateModelMode()
    {
        if (Qrels is not null || Run is not null)
            return ValidationResult.Error("give either --qrels with --run, or --model with --data, not both");
        if (Model is null || Data is null)
            return ValidationResult.Error("--model needs --data (a ranked-QA file), e.g. `contrastive eval --model minilm --data qa.jsonl`");
        if (!File.Exists(Data))
            return ValidationResult.Error($"--data: no such file: '{Data}' (current folder: {Environment.CurrentDirectory})");
        if (!Core.Evaluation.Standardized.ModelEvaluation.Evaluators.Contains(Evaluator, StringComparer.OrdinalIgnoreCase))
            return ValidationResult.Error($"--evaluator '{Evaluator}': known: {string.Join(", ", Core.Evaluation.Standardized.ModelEvaluation.Evaluators)}");
        return ValidationResult.Success();
    }
}
