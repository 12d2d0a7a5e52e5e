using System.ComponentModel;
using ContrastiveTool.Core.Data.Importers;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.DataImport;

public sealed class ImportDictdSettings : ImportSettings
{
    [CommandArgument(0, "<name>")]
    [Description("The dictionary, e.g. freedict-ara-eng, freedict-eng-ara, foldoc, gcide, wn (<name>.index + <name>.dict.dz).")]
    public string Name { get; init; } = "";

    [CommandOption("--dictd-dir <DIR>")]
    [Description("Where the dictionary's files are.")]
    [DefaultValue(ImportSources.DictdFolder)]
    public string Folder { get; init; } = ImportSources.DictdFolder;

    [CommandOption("--senses")]
    [Description("One pair per numbered sense/translation (the default for freedict-* dictionaries).")]
    public bool Senses { get; init; }

    [CommandOption("--whole-entries")]
    [Description("One pair per entry, the whole definition as the positive (the default for other dictionaries).")]
    public bool WholeEntries { get; init; }

    [CommandOption("--normalize-arabic")]
    [Description("Fold Arabic harakat, tatweel and hamza-alef forms on both sides.")]
    public bool NormalizeArabic { get; init; }

    [CommandOption("--limit <N>")]
    [Description("Stop after N pairs; 0 = all.")]
    [DefaultValue(0)]
    public int Limit { get; init; }

    public override ValidationResult Validate() =>
        Senses && WholeEntries ? ValidationResult.Error("give --senses or --whole-entries, not both")
        : Limit < 0 ? ValidationResult.Error($"--limit must be ≥ 0, got {Limit}")
        : base.Validate();
}
