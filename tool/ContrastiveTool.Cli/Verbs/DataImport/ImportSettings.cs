using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.DataImport;

/// <summary>Options every <c>data import</c> source shares.</summary>
public abstract class ImportSettings : CommandSettings
{
    [CommandOption("-o|--output <DIR>")]
    [Description("The folder to write into (created if missing). Files appear only once the import finished.")]
    public string Output { get; init; } = "";

    [CommandOption("--json")]
    [Description("Print the summary as one JSON object.")]
    public bool Json { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("No progress bar.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Output)
            ? ValidationResult.Error("give the output folder with -o, e.g. `-o data/wordnet`")
            : File.Exists(Output) ? ValidationResult.Error($"-o '{Output}' is a file; give a folder") : ValidationResult.Success();
}
