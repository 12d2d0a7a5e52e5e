using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Evaluation.Metrics;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Evaluation.Standardized;

/// <summary><c>eval --model --data</c>: reads a ranked-QA file, embeds it with a model (name or checkpoint folder) and runs
/// the <c>standardized</c> evaluator (overall / in-batch / hard-negative views) or <c>retrieval</c> over all the file's answers.</summary>
public static class ModelEvaluation
{
    public sealed record Request(string Model, string DataPath, IReadOnlyList<MetricSpec> Metrics, MetricOptions Options,
        EncodeOptions Encode, string Evaluator = "standardized", int HardNegatives = StandardizedTestBuilder.SeedHardNegatives,
        string IndexKind = "exact");

    /// <summary>The evaluators <see cref="Request.Evaluator"/> accepts.</summary>
    public static IReadOnlyList<string> Evaluators { get; } = ["standardized", "retrieval"];

    /// <summary>The result views by name: overall, in_batch, hard_neg (standardized) or retrieval.</summary>
    public static IReadOnlyDictionary<string, EvaluationResult> Run(Request request, ReadReport report, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(report);
        string evaluator = NameLookup.Find(Evaluators, e => e, request.Evaluator, "evaluator");
        string indexKind = Mining.Search.IndexCatalog.Find(request.IndexKind).Name;
        var items = new RankedQaReader().Read(request.DataPath, report, cancellationToken).ToList();
        using var encoder = EncoderCatalog.Load(request.Model);
        if (evaluator == "retrieval")
            return new Dictionary<string, EvaluationResult>
            {
                ["retrieval"] = Retrieval.QaRetrievalTest.Evaluate(items, encoder, request.Encode, request.Metrics, request.Options, cancellationToken, indexKind),
            };
        using var scope = TorchSharp.torch.NewDisposeScope();
        var test = StandardizedTestBuilder.Build(items, encoder, request.Encode, request.HardNegatives, progress, cancellationToken);
        return new StandardizedEvaluator().Evaluate(test, request.Metrics, request.Options).Views;
    }
}
