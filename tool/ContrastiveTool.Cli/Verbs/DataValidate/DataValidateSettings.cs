using System.ComponentModel;
using ContrastiveTool.Core.Data.Formats;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.DataValidate;

public sealed class DataValidateSettings : FileInputSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("The file's format: qa (ranked Q&A, StackExchange shape), triplet, nli, cpo or kto.")]
    [DefaultValue("qa")]
    public string Format { get; init; } = "qa";

    public override ValidationResult Validate()
    {
        var known = DataFormatCatalog.All.Select(f => f.Name).ToList();
        if (!known.Contains(Format, StringComparer.OrdinalIgnoreCase))
            return ValidationResult.Error($"unknown --format '{Format}'; known: {string.Join(", ", known)}");
        return base.Validate();
    }
}
