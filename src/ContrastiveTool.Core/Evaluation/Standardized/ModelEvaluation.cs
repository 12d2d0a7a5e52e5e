using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Evaluation.Metrics;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Evaluation.Standardized;

/// <summary><c>eval --model --data</c>: reads a ranked-QA file, embeds it with a model (name or checkpoint folder) and
/// runs the standardized evaluator (overall / in-batch / hard-negative views).</summary>
public static class ModelEvaluation
{
    public sealed record Request(string Model, string DataPath, IReadOnlyList<MetricSpec> Metrics, MetricOptions Options,
        EncodeOptions Encode, int HardNegatives = StandardizedTestBuilder.SeedHardNegatives);

    public static StandardizedResult Run(Request request, ReadReport report, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(report);
        var items = new RankedQaReader().Read(request.DataPath, report, cancellationToken).ToList();
        using var encoder = EncoderCatalog.Load(request.Model);
        using var scope = TorchSharp.torch.NewDisposeScope();
        var test = StandardizedTestBuilder.Build(items, encoder, request.Encode, request.HardNegatives, progress, cancellationToken);
        return new StandardizedEvaluator().Evaluate(test, request.Metrics, request.Options);
    }
}
