using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Losses;

namespace ContrastiveTool.Core.Transforms;

/// <summary>A batch transform: a chunk of ranked-QA items in, one text batch of a known kind out.</summary>
/// <remarks>Deterministic: every random choice draws from <c>random</c>, which the caller seeds per (seed, epoch, batch).
/// Items a transform cannot use (e.g. a single answer where hard negatives are needed) are skipped.</remarks>
public interface IBatchTransform
{
    /// <summary>The registry name (the seed project's: <c>infonce</c>, <c>triplet</c>, ...).</summary>
    string Name { get; }

    /// <summary>The batch kind it produces; <see cref="BatchKind.None"/> for evaluation-only transforms.</summary>
    BatchKind Produces { get; }

    /// <summary>Builds the batch of <paramref name="items"/>; may be empty when no item qualifies.</summary>
    TextBatch Apply(IReadOnlyList<RankedQaItem> items, Random random);
}
