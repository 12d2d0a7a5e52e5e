using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Statistics;

/// <summary>Seeded percentile bootstrap of a mean over queries, all resamples as one tensor computation (in chunks).</summary>
/// <remarks>
/// For b = 1..B: draw n query values with replacement, take their mean; the interval is the (α/2, 1 − α/2) quantiles of
/// the B means. Defaults: B = 1000, α = 0.05 (95 %). Reference: Efron &amp; Tibshirani 1993, ch. 13. The same seed gives
/// the same interval. Relations: <see cref="PairedRandomizationTest"/> compares two systems on the same queries.
/// </remarks>
public sealed class Bootstrap(int resamples = 1000, double confidence = 0.95, long seed = 42)
{
    private const int Chunk = 100;

    private readonly int _resamples = resamples >= 10 ? resamples
        : throw new ArgumentOutOfRangeException(nameof(resamples), "needs at least 10 resamples");
    private readonly double _confidence = confidence is > 0 and < 1 ? confidence
        : throw new ArgumentOutOfRangeException(nameof(confidence), "must be between 0 and 1");

    /// <summary>Mean, standard deviation and the bootstrap interval of <paramref name="scores"/>.</summary>
    public MetricSummary Summarise(MetricScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        int n = scores.PerQuery.Count;
        if (n == 0)
            return new MetricSummary(scores.Label, 0, 0, 0, 0, 0);
        using var scope = NewDisposeScope();
        var values = tensor(scores.PerQuery.ToArray());                                       // (n)
        var generator = new TorchSharp.torch.Generator((ulong)seed);
        var means = cat(Enumerable.Range(0, (_resamples + Chunk - 1) / Chunk).Select(c =>
        {
            long rows = Math.Min(Chunk, _resamples - c * Chunk);
            var draws = randint(0, n, [rows, n], ScalarType.Int64, generator: generator);     // (b, n)
            return values[draws].mean([1]);                                                   // (b)
        }).ToList(), 0);                                                                      // (B)
        double alpha = 1 - _confidence;
        var bounds = means.quantile(tensor(new[] { alpha / 2, 1 - alpha / 2 })).data<double>().ToArray(); // (2)
        double std = values.std(unbiased: false).item<double>();
        return new MetricSummary(scores.Label, scores.Mean, std, bounds[0], bounds[1], n);
    }
}
