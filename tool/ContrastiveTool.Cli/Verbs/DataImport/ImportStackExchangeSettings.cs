using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.DataImport;

public sealed class ImportStackExchangeSettings : ImportSettings
{
    [CommandArgument(0, "<dir>")]
    [Description("The dump folder with Questions.csv (Id,OwnerUserId,CreationDate,Score,Title,Body) and Answers.csv (Id,OwnerUserId,CreationDate,ParentId,Score,Body), UTF-8 or Latin-1.")]
    public string Folder { get; init; } = "";

    [CommandOption("--limit <N>")]
    [Description("Stop after N questions with answers; 0 = all.")]
    [DefaultValue(0)]
    public int Limit { get; init; }

    public override ValidationResult Validate() =>
        Limit < 0 ? ValidationResult.Error($"--limit must be ≥ 0, got {Limit}") : base.Validate();
}
