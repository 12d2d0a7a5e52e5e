using System.ComponentModel;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Losses;

public sealed class LossesSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Print the list as JSON.")]
    public bool Json { get; init; }
}
