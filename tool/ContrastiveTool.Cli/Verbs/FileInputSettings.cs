using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs;

/// <summary>Options shared by verbs that read one data file.</summary>
public abstract class FileInputSettings : CommandSettings
{
    [CommandArgument(0, "<file>")]
    [Description("The data file: JSON Lines (one record per line) or one JSON array.")]
    public string File { get; init; } = "";

    [CommandOption("--rejects <FILE>")]
    [Description("Where bad rows go, one JSON object per line: {line, reason, detail, raw}. A path you give is always written (empty when every row is good). Default: <file>.rejects.jsonl beside the input, written only when a row is rejected.")]
    public string? Rejects { get; init; }

    [CommandOption("--json")]
    [Description("Print the result as one JSON object instead of a table.")]
    public bool Json { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("No progress bar.")]
    public bool Quiet { get; init; }

    /// <summary>The rejects path to use.</summary>
    public string RejectsPath => Rejects ?? Rendering.RejectsFile.DefaultPathFor(File);

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(File))
            return ValidationResult.Error("give the data file to read, e.g. `contrastive data stats qa.jsonl`");
        if (Directory.Exists(File))
            return ValidationResult.Error($"'{File}' is a folder; give the data file inside it");
        if (!System.IO.File.Exists(File))
            return ValidationResult.Error($"no such file: '{File}' (current folder: {Environment.CurrentDirectory})");
        return ValidationResult.Success();
    }
}
