using ContrastiveTool.Core.Evaluation.Metrics;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Evaluation;

/// <summary>Builds <see cref="RankedRelevance"/> from plain lists: each query's ranked grades and all its judged grades.</summary>
internal static class RankedLists
{
    public static RankedRelevance Of(params (double[] Ranked, double[] Judged)[] queries)
    {
        int depth = Math.Max(1, queries.Max(q => Math.Max(q.Ranked.Length, q.Judged.Length)));
        double[] Pad(IEnumerable<double> values) => [.. values.Concat(Enumerable.Repeat(0.0, depth)).Take(depth)];
        var grades = queries.SelectMany(q => Pad(q.Ranked)).ToArray();
        var ideal = queries.SelectMany(q => Pad(q.Judged.OrderDescending())).ToArray();
        var relevant = queries.Select(q => (double)q.Judged.Count(g => g >= 1)).ToArray();
        var ids = Enumerable.Range(0, queries.Length).Select(i => $"q{i}").ToList();
        return new RankedRelevance(ids, tensor(grades, queries.Length, depth), tensor(relevant), tensor(ideal, queries.Length, depth));
    }

    /// <summary>One query's value of <paramref name="metric"/> at <paramref name="k"/>.</summary>
    public static double Value(IRankingMetric metric, int k, double[] ranked, double[] judged)
    {
        using var lists = Of((ranked, judged));
        using var values = metric.Compute(lists, k);
        return values[0].item<double>();
    }
}
