using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>The template every metric fills in: checks and one dispose scope here, only the math in <see cref="Score"/>.</summary>
public abstract class RankingMetric : IRankingMetric
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract string Formula { get; }

    /// <inheritdoc/>
    public Tensor Compute(RankedRelevance ranked, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        using var scope = NewDisposeScope();
        return Score(ranked, k).MoveToOuterDisposeScope();
    }

    /// <summary>(Q) the metric of each query at cutoff <paramref name="k"/>; temporaries are disposed by the caller's scope.</summary>
    protected abstract Tensor Score(RankedRelevance ranked, int k);
}
