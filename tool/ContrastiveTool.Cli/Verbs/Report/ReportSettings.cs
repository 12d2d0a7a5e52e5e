using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Report;

public sealed class ReportSettings : CommandSettings
{
    [CommandArgument(0, "<METRICS>")]
    [Description("Metrics files, one per system: the JSON `contrastive eval --json` prints. With `--per-query` tables, pairs are tested.")]
    public string[] Files { get; init; } = [];

    [CommandOption("-o|--output <DIR>")]
    [Description("Folder for report.md, report.csv, report.png and one <metric>.png per metric (created if missing).")]
    [DefaultValue("report")]
    public string Output { get; init; } = "report";

    [CommandOption("--names <LIST>")]
    [Description("Comma-separated system names, one per metrics file, in order; default: each file's name without extension.")]
    public string? Names { get; init; }

    [CommandOption("--permutations <N>")]
    [Description("Random sign flips of the paired randomisation test.")]
    [DefaultValue(10_000)]
    public int Permutations { get; init; } = 10_000;

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the paired test (same seed, same p-values).")]
    [DefaultValue(42L)]
    public long Seed { get; init; } = 42;

    /// <summary>The name of each file's system, in file order.</summary>
    public IReadOnlyList<string?> SystemNames =>
        Names?.Split(',', StringSplitOptions.TrimEntries) ?? Files.Select(_ => (string?)null).ToArray();

    public override ValidationResult Validate()
    {
        if (Files.Length == 0)
            return ValidationResult.Error("give at least one metrics file: `contrastive eval ... --json > a.json`, then `contrastive report a.json`");
        if (Files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
            return ValidationResult.Error($"no such metrics file: '{missing}' (current folder: {Environment.CurrentDirectory})");
        if (Names is not null && SystemNames.Count != Files.Length)
            return ValidationResult.Error($"--names gives {SystemNames.Count} names for {Files.Length} metrics files; give one per file");
        if (Permutations < 100)
            return ValidationResult.Error($"--permutations must be at least 100, got {Permutations}");
        return ValidationResult.Success();
    }
}
