using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Embed;

public sealed class EmbedSettings : CommandSettings
{
    [CommandArgument(0, "<texts>")]
    [Description("Texts to embed: a text file (one per line), JSON Lines with --field, or a ranked-QA file (questions and answers, with their ids).")]
    public string Input { get; init; } = "";

    [CommandOption("-m|--model <NAME>")]
    [Description("minilm, minilm-torch, arctic-xs, tiny-transformer, bow, or a checkpoint folder.")]
    [DefaultValue("minilm")]
    public string Model { get; init; } = "minilm";

    [CommandOption("-o|--output <FILE>")]
    [Description("The .safetensors to write (embeddings [[n, d]] float32); ids go to <name>.ids.json beside it.")]
    public string Output { get; init; } = "";

    [CommandOption("--field <NAME>")]
    [Description("For JSON Lines: the field holding the text (the row id is its \"id\" field, else line-N).")]
    public string? Field { get; init; }

    [CommandOption("--batch-size <N>")]
    [Description("Texts per forward pass.")]
    [DefaultValue(32)]
    public int BatchSize { get; init; } = 32;

    [CommandOption("--max-length <N>")]
    [Description("Tokens per text, [[CLS]] and [[SEP]] included; longer texts are cut.")]
    [DefaultValue(256)]
    public int MaxLength { get; init; } = 256;

    [CommandOption("--device <DEVICE>")]
    [Description("cpu (this build ships CPU libtorch only; cuda explains what a CUDA build needs).")]
    [DefaultValue("cpu")]
    public string Device { get; init; } = "cpu";

    [CommandOption("--seed <N>")]
    [Description("Initialises random-init models (bow, tiny-transformer).")]
    [DefaultValue(42L)]
    public long Seed { get; init; } = 42;

    [CommandOption("--json")]
    [Description("Print the result as one JSON object.")]
    public bool Json { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("No progress bar.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate()
    {
        if (!File.Exists(Input))
            return ValidationResult.Error($"no such file: '{Input}' (current folder: {Environment.CurrentDirectory})");
        if (string.IsNullOrWhiteSpace(Output))
            return ValidationResult.Error("give the output file with -o, e.g. `-o embeddings.safetensors`");
        if (BatchSize < 1)
            return ValidationResult.Error($"--batch-size must be at least 1, got {BatchSize}");
        if (MaxLength is < 2 or > 512)
            return ValidationResult.Error($"--max-length must be between 2 and 512 (the models' positions), got {MaxLength}");
        return ValidationResult.Success();
    }
}
