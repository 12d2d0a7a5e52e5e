using System.ComponentModel;
using ContrastiveTool.Core.Training.Demo;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Demo;

public sealed class DemoSettings : CommandSettings
{
    [CommandOption("-o|--output <DIR>")]
    [Description("Where the demo writes: the training subset, the mined negatives, one folder per run and report/ (report.md, report.csv, charts).")]
    [DefaultValue("contrastive-demo")]
    public string Output { get; init; } = "contrastive-demo";

    [CommandOption("--data <DIR>")]
    [Description("A folder with train.jsonl and test.jsonl (ranked QA). Default: the bundled WordNet reverse-dictionary set shipped with the tool.")]
    public string? Data { get; init; }

    [CommandOption("--train-questions <N>")]
    [Description("Training questions (the first N of train.jsonl). More gives better models and a longer run.")]
    [DefaultValue(1600)]
    public int TrainQuestions { get; init; } = 1600;

    [CommandOption("--test-questions <N>")]
    [Description("Test questions every model is judged on (the first N of test.jsonl).")]
    [DefaultValue(500)]
    public int TestQuestions { get; init; } = 500;

    [CommandOption("--negatives <N>")]
    [Description("Tiered hard negatives mined per question, spread over the 4 tiers.")]
    [DefaultValue(3)]
    public int Negatives { get; init; } = 3;

    [CommandOption("--epochs <N>")]
    [Description("Passes over the training questions, per run.")]
    [DefaultValue(1)]
    public int Epochs { get; init; } = 1;

    [CommandOption("--seed <N>")]
    [Description("Seeds the mining, the training and the report's statistics: the same seed gives the same numbers.")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;

    [CommandOption("-m|--model <NAME>")]
    [Description("The model every run starts from (and the baseline): minilm-torch (MiniLM's pretrained weights), or tiny-transformer / bow for a quick look at the pipeline.")]
    [DefaultValue("minilm-torch")]
    public string Model { get; init; } = "minilm-torch";

    [CommandOption("-q|--quiet")]
    [Description("No progress bars (the summaries and the table only).")]
    public bool Quiet { get; init; }

    public DemoOptions ToOptions() =>
        new(Data ?? DemoOptions.BundledDataFolder, Output, TrainQuestions, TestQuestions, Negatives, Epochs, Seed, Model);

    public override ValidationResult Validate()
    {
        if (TrainQuestions < 64)
            return ValidationResult.Error($"--train-questions must be at least 64 (two batches), got {TrainQuestions}");
        if (TestQuestions < 10)
            return ValidationResult.Error($"--test-questions must be at least 10, got {TestQuestions}");
        if (Negatives < 1)
            return ValidationResult.Error($"--negatives must be at least 1, got {Negatives}");
        if (Epochs < 1)
            return ValidationResult.Error($"--epochs must be at least 1, got {Epochs}");
        return ValidationResult.Success();
    }
}
