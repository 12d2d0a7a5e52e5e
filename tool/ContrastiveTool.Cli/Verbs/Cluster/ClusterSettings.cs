using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Cluster;

public sealed class ClusterSettings : CommandSettings
{
    [CommandArgument(0, "<embeddings>")]
    [Description("An embeddings .safetensors file with its .ids.json beside it (from `contrastive embed`).")]
    public string Embeddings { get; init; } = "";

    [CommandOption("-o|--output <PATH>")]
    [Description("clusters.json to write (centroids go to <name>.centroids.safetensors beside it), or a folder to write clusters.json into.")]
    public string Output { get; init; } = "";

    [CommandOption("-k <N>")]
    [Description("Number of clusters. Default: round(√(n/2)), between 2 and 1000.")]
    public int? K { get; init; }

    [CommandOption("--max-iterations <N>")]
    [Description("k-means iterations at most (ML.NET stops earlier when the centroids settle).")]
    [DefaultValue(100)]
    public int MaxIterations { get; init; } = 100;

    [CommandOption("--seed <N>")]
    [Description("Seeds k-means++ initialisation: the same seed gives the same clusters.")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;

    [CommandOption("--clusterer <NAME>")]
    [Description("k-means implementation: mlnet (ML.NET KMeans) or torch (TorchSharp; the assignment step is one matrix product, much faster on large sets).")]
    [DefaultValue("mlnet")]
    public string Clusterer { get; init; } = "mlnet";

    [CommandOption("--json")]
    [Description("Print the result as one JSON object.")]
    public bool Json { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("No progress lines.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate()
    {
        if (!File.Exists(Embeddings))
            return ValidationResult.Error($"no such file: '{Embeddings}' (write one with `contrastive embed <texts> -o emb.safetensors`)");
        if (string.IsNullOrWhiteSpace(Output))
            return ValidationResult.Error("give where to write with -o, e.g. `-o clusters.json` or `-o out/`");
        if (K is < 1)
            return ValidationResult.Error($"--k must be at least 1, got {K}");
        if (MaxIterations < 1)
            return ValidationResult.Error($"--max-iterations must be at least 1, got {MaxIterations}");
        return ValidationResult.Success();
    }
}
