using System.ComponentModel;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Doctor;

public sealed class DoctorSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Print the findings as one JSON object.")]
    public bool Json { get; init; }
}
