using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Recipe;

public sealed class RecipeSettings : CommandSettings
{
    [CommandArgument(0, "<file>")]
    [Description("The .csx recipe to run (C# script; see recipes/README.md). Arguments after -- go to the recipe as Args.")]
    public string File { get; init; } = "";

    [CommandOption("-o|--output <DIR>")]
    [Description("The recipe's output folder (created), its Output global. Default: ./recipe-output/<recipe name>.")]
    public string? Output { get; init; }

    [CommandOption("--seed <N>")]
    [Description("The recipe's Seed global: every random choice of the recipe takes it.")]
    [DefaultValue(42L)]
    public long Seed { get; init; } = 42;

    /// <summary>The recipe's name: the file name without <c>.csx</c>.</summary>
    public string Name => Path.GetFileNameWithoutExtension(File);

    /// <summary><see cref="Output"/>, or <c>./recipe-output/&lt;name&gt;</c>.</summary>
    public string OutputFolder => Output ?? Path.Combine("recipe-output", Name);

    public override ValidationResult Validate()
    {
        if (!System.IO.File.Exists(File))
            return ValidationResult.Error($"no such recipe: '{File}' (current folder: {Environment.CurrentDirectory}); the bundled ones are in recipes/");
        if (System.IO.File.Exists(OutputFolder))
            return ValidationResult.Error($"--output '{OutputFolder}' is a file; give a folder");
        return ValidationResult.Success();
    }
}
