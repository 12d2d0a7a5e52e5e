using ContrastiveTool.Core.Evaluation.Metrics;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation;

/// <summary>Runs a list of metrics over ranked relevance: every metric for every query at once, queries without a
/// relevant document counted and excluded.</summary>
public static class RankingEvaluation
{
    /// <summary>The ranked depth needed for <paramref name="specs"/>: the largest k, or null when one has no cutoff (whole list).</summary>
    public static int? DepthFor(IEnumerable<MetricSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var list = specs.ToList();
        return list.Any(s => s.K is null) ? null : list.Max(s => s.K!.Value);
    }

    /// <summary>Each metric of <paramref name="specs"/> on each query of <paramref name="ranked"/> with R &gt; 0.</summary>
    /// <remarks>A spec without cutoff uses the whole depth of <paramref name="ranked"/>. A cutoff beyond the depth
    /// is fine: missing ranks count as non-relevant.</remarks>
    public static EvaluationResult Evaluate(RankedRelevance ranked, IReadOnlyList<MetricSpec> specs, MetricOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(specs);
        using var scope = NewDisposeScope();
        var keep = ranked.RelevantCount.gt(0);                                                // (Q)
        bool[] kept = keep.data<bool>().ToArray();
        var index = keep.nonzero().squeeze(1);                                                // (Q')
        var metrics = specs.Select(spec =>
        {
            var metric = MetricCatalog.Create(spec.Name, options);
            int k = spec.K ?? Math.Max(ranked.Depth, 1);
            var values = metric.Compute(ranked, k).index_select(0, index);                    // (Q')
            return new MetricScores(spec.Label, values.data<double>().ToArray());
        }).ToList();
        var evaluated = ranked.QueryIds.Where((_, i) => kept[i]).ToList();
        var excluded = ranked.QueryIds.Where((_, i) => !kept[i]).ToList();
        return new EvaluationResult(evaluated, excluded, metrics);
    }
}
