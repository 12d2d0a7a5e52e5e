using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.DataStats;

public sealed class DataStatsSettings : FileInputSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("The file's format: qa (ranked Q&A), triplet, nli, cpo or kto.")]
    [DefaultValue("qa")]
    public string Format { get; init; } = "qa";

    [CommandOption("--max-reject-ratio <RATIO>")]
    [Description("Fail (exit 1) when more than this share of rows is rejected.")]
    [DefaultValue(0.05)]
    public double MaxRejectRatio { get; init; } = 0.05;

    public override ValidationResult Validate() =>
        MaxRejectRatio is < 0 or > 1 || double.IsNaN(MaxRejectRatio)
            ? ValidationResult.Error($"--max-reject-ratio must be between 0 and 1, got {MaxRejectRatio}")
            : base.Validate();
}
