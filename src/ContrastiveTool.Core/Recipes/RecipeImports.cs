namespace ContrastiveTool.Core.Recipes;

/// <summary>The namespaces a recipe sees without <c>using</c> (one line each): the usual System ones and the main Core ones.</summary>
/// <remarks>A recipe may add its own <c>using</c> lines for anything else Core or the referenced libraries hold.
/// A test checks that no two public Core types in these namespaces share a name, so none is ambiguous in a recipe.</remarks>
public static class RecipeImports
{
    public static IReadOnlyList<string> Namespaces { get; } =
    [
        "System",
        "System.Collections.Generic",
        "System.Globalization",
        "System.IO",
        "System.Linq",
        "System.Text",
        "System.Text.Json",
        "System.Threading",
        "System.Threading.Tasks",
        "ContrastiveTool.Core",
        "ContrastiveTool.Core.Data",
        "ContrastiveTool.Core.Data.Conversion",
        "ContrastiveTool.Core.Data.Cpo",
        "ContrastiveTool.Core.Data.Kto",
        "ContrastiveTool.Core.Data.RankedQa",
        "ContrastiveTool.Core.Data.Rejects",
        "ContrastiveTool.Core.Data.Triplets",
        "ContrastiveTool.Core.Clustering",
        "ContrastiveTool.Core.Evaluation",
        "ContrastiveTool.Core.Evaluation.Metrics",
        "ContrastiveTool.Core.Evaluation.Reports",
        "ContrastiveTool.Core.Evaluation.Retrieval",
        "ContrastiveTool.Core.Evaluation.Standardized",
        "ContrastiveTool.Core.Evaluation.Statistics",
        "ContrastiveTool.Core.Losses",
        "ContrastiveTool.Core.Mining",
        "ContrastiveTool.Core.Models.Embeddings",
        "ContrastiveTool.Core.Models.Encoders",
        "ContrastiveTool.Core.Models.Tokenization",
        "ContrastiveTool.Core.Recipes",
        "ContrastiveTool.Core.Training",
        "ContrastiveTool.Core.Training.Distillation",
        "ContrastiveTool.Core.Training.Config",
    ];
}
