using ContrastiveTool.Core.Mining.Sampling;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Strategies;

/// <summary><c>category</c>: negatives from categories other than the query's, spread evenly over those categories.</summary>
/// <remarks>A category is a label per item (a WordNet lexicographer file, a Quran chapter), read from a field of the
/// data (<c>--category-field</c>). Slot i takes a random member of the i-th category of a seeded random order of the
/// other categories (cycling), so negatives cover min(n, C − 1) categories. Corpus items without a category are never
/// drawn; a query without one may draw from every category. Tier 4. Relations: <c>cluster</c> does the same with
/// k-means clusters in place of given categories.</remarks>
public sealed class CategoryMiner : INegativeMiner
{
    /// <inheritdoc/>
    public string Name => "category";

    /// <inheritdoc/>
    public bool NeedsCategories => true;

    /// <inheritdoc/>
    public (Tensor Negatives, Tensor Tiers) Mine(MiningBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var layout = block.Context.CategoryLayout!;
        int n = block.Context.Negatives;
        var anchor = block.Context.QueryCategories!.index(block.PairQuery);                    // (b)
        var allowed = arange(layout.GroupCount, dtype: ScalarType.Int64).unsqueeze(0).ne(anchor.unsqueeze(1)); // (b, C)
        var draws = GroupSampler.Evenly(layout, allowed, DrawnCandidates.DrawsFor(block, n), block.Context.Generator);
        var picks = DrawnCandidates.Pick(block, draws, n);                                     // (b, n)
        return (picks, DrawnCandidates.Label(picks, 4));
    }
}
