using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core.Clustering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Cluster;

/// <summary><c>cluster</c>: ML.NET KMeans over an embeddings file → assignments, centroids, sizes, inertia.</summary>
public sealed class ClusterVerb(IAnsiConsole console) : Command<ClusterSettings>
{
    public override int Execute(CommandContext context, ClusterSettings settings, CancellationToken cancellationToken)
    {
        var progress = new Progress<string>(line => { if (!settings.Quiet && !settings.Json) console.MarkupLineInterpolated($"[grey]{line}[/]"); });
        var (result, json, time) = ClusterService.Run(settings.Embeddings, settings.Output, settings.K, settings.MaxIterations, settings.Seed, settings.Clusterer,
                                                      progress, cancellationToken);
        var sizes = result.Sizes;
        if (settings.Json)
        {
            RawJson.Write(console, new { result.K, result.Dimension, Vectors = result.Assignments.Length, result.Inertia, Sizes = sizes,
                                         Output = json, Centroids = ClusterFile.CentroidsPath(json), Seconds = time.TotalSeconds });
            return ExitCodes.Ok;
        }
        console.MarkupLineInterpolated($"clustered [bold]{result.Assignments.Length}[/] vectors into [bold]{result.K}[/] clusters in {time.TotalSeconds:F1} s");
        console.MarkupLineInterpolated($"  inertia {result.Inertia:F4} (Σ squared distance to the centroid), {sizes.Count(s => s == 0)} empty");
        console.Write(SizeHistogram.Render(sizes));
        console.MarkupLineInterpolated($"  wrote {json}");
        console.MarkupLineInterpolated($"  centroids {ClusterFile.CentroidsPath(json)}");
        return ExitCodes.Ok;
    }
}
