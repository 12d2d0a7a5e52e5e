using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Compare;

/// <summary>compare's options: the config, the output folder, which runs, and flags that override the shared keys of every
/// run (<c>--limit</c> for <c>limit</c>).</summary>
public sealed class CompareSettings : CommandSettings
{
    [CommandOption("-c|--config <FILE>")]
    [Description("The comparison: shared train keys (data_path, model, seed, epochs, ...) and \"runs\": [[{\"name\", \"preset\" and/or keys}]]. See configs/compare-wordnet.json.")]
    public string? Config { get; init; }

    [CommandOption("-o|--output <DIR>")]
    [Description("Folder for report.md, report.csv, the charts, and one sub-folder per run (model, metrics.jsonl).")]
    [DefaultValue("runs/compare")]
    public string Output { get; init; } = "runs/compare";

    [CommandOption("--runs <LIST>")]
    [Description("Run only these runs of the config, comma-separated names (the baseline is always evaluated).")]
    public string? Runs { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("No progress (the table and the files written only).")]
    public bool Quiet { get; init; }

    [CommandOption("--data-path <FILE>")]
    [Description("Ranked-QA file every run trains on (overrides the config).")]
    public string? DataPath { get; init; }

    [CommandOption("--test-path <FILE>")]
    [Description("Ranked-QA file every model is judged on; without one, the held-out split of --data-path (test_size).")]
    public string? TestPath { get; init; }

    [CommandOption("--limit <N>")]
    [Description("Train on only the first N questions of the data file.")]
    public string? Limit { get; init; }

    [CommandOption("--test-limit <N>")]
    [Description("Judge on only the first N test questions.")]
    public string? TestLimit { get; init; }

    [CommandOption("--epochs <N>")]
    [Description("Passes over the training split, for every run.")]
    public string? Epochs { get; init; }

    [CommandOption("--batch-size <N>")]
    [Description("Questions per batch, for every run.")]
    public string? BatchSize { get; init; }

    [CommandOption("--learning-rate <LR>")]
    [Description("AdamW's peak learning rate, for every run.")]
    public string? LearningRate { get; init; }

    [CommandOption("--eval-steps <N>")]
    [Description("Evaluate on the held-out split every N steps (the learning curves; 0: none).")]
    public string? EvalSteps { get; init; }

    [CommandOption("--model <NAME>")]
    [Description("The starting model of every run: minilm-torch, tiny-transformer, bow or a checkpoint folder.")]
    public string? Model { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Seeds the split, the data order, the new weights and the report's statistics.")]
    public string? Seed { get; init; }

    /// <summary>The config keys given as flags, as (key, raw text).</summary>
    public IReadOnlyList<(string Key, string Text)> KeyFlags() => ConfigKeyFlags.Of(this, nameof(Config), nameof(Output), nameof(Runs));

    /// <summary>The names of <c>--runs</c>, or null for all.</summary>
    public IReadOnlyList<string>? RunNames => Runs?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public override ValidationResult Validate()
    {
        if (Config is null)
            return ValidationResult.Error("give the comparison: --config cmp.json (see configs/compare-wordnet.json for an example)");
        if (Runs is not null && RunNames!.Count == 0)
            return ValidationResult.Error("--runs needs at least one run name, e.g. --runs infonce,triplet");
        return ValidationResult.Success();
    }
}
