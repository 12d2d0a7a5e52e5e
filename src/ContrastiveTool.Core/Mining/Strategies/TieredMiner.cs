using ContrastiveTool.Core.Clustering;
using ContrastiveTool.Core.Mining.Sampling;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Strategies;

/// <summary><c>tiered</c>: the 4-tier stratified miner — in-cluster, adjacent-cluster, high-similarity and random
/// negatives in fixed proportions per pair.</summary>
/// <remarks>
/// The pair's cluster c is its positive's (k-means over the corpus). Per pair, in order, without repeats:
/// tier 1 — uniform from c (never the true source); tier 2 — uniform over the members of the <c>adjacentK</c> clusters
/// whose centroids are most cosine-similar to c's; tier 3 — the most similar corpus items to the query outside c
/// (exact search, deepened until enough are found); tier 4 — uniform from the distant clusters (neither c nor its
/// adjacent ones). Proportions default to 3,4,3,2 (n = 12). A tier that cannot fill its share (a small cluster) passes
/// the rest to the next tier (event <c>tier t short → tier t+1</c>); what tier 4 cannot fill is padded with tier-4
/// draws from the whole corpus (event <c>padded with tier 4</c>). Relations: the seed's NegativeMiner (tier semantics
/// unchanged; here batched, deterministic per seed, and the validation runs on every call).
/// </remarks>
public sealed class TieredMiner : INegativeMiner
{
    private readonly int[] _proportions;
    private readonly int _adjacentK;
    private Tensor? _adjacent;   // (k, a)
    private Tensor? _distant;    // (k, k − 1 − a), −1 padded

    public TieredMiner(IReadOnlyList<int>? proportions = null, int adjacentK = 3)
    {
        _proportions = (proportions ?? [3, 4, 3, 2]).ToArray();
        if (_proportions.Length != 4 || _proportions.Any(p => p < 0) || _proportions.Sum() == 0)
            throw new UserInputException($"--tier-proportions needs four counts ≥ 0 with a positive sum, e.g. 3,4,3,2 (got {string.Join(",", _proportions)})");
        _adjacentK = adjacentK >= 0 ? adjacentK : throw new UserInputException($"--adjacent-k must be ≥ 0, got {adjacentK}");
    }

    /// <inheritdoc/>
    public string Name => "tiered";

    /// <inheritdoc/>
    public bool NeedsClusters => true;

    /// <inheritdoc/>
    public IReadOnlyList<int>? TierTargets => [0, .. _proportions];

    /// <summary>The negatives per pair the proportions add up to.</summary>
    public int Total => _proportions.Sum();

    /// <inheritdoc/>
    public (Tensor Negatives, Tensor Tiers) Mine(MiningBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var context = block.Context;
        if (context.Negatives != Total)
            throw new UserInputException($"--tier-proportions {string.Join(",", _proportions)} add up to {Total}, but --negatives is {context.Negatives}");
        var layout = context.ClusterLayout!;
        Prepare(context.Clusters!);
        int n = context.Negatives;
        int m = DrawnCandidates.DrawsFor(block, n);
        var own = block.PairCluster;                                                           // (b)
        var chosen = full(block.Rows, 0, -1L, dtype: ScalarType.Int64);                         // (b, 0)
        var labels = chosen.clone();
        var carry = zeros(block.Rows, dtype: ScalarType.Int64);                                // (b) shortfall passed on
        for (int tier = 1; tier <= 5; tier++)
        {
            var limit = (tier <= 4 ? _proportions[tier - 1] : 0) + carry;                       // (b)
            if (tier == 5 && !limit.gt(0).any().item<bool>())
                break;
            var picks = tier switch
            {
                1 => DrawnCandidates.Pick(block, GroupSampler.FromPool(layout, own.unsqueeze(1), m, context.Generator), limit, n, chosen),
                2 => DrawnCandidates.Pick(block, GroupSampler.FromPool(layout, _adjacent!.index(own), m, context.Generator), limit, n, chosen),
                3 => Similar(block, own, limit, chosen),
                4 => DrawnCandidates.Pick(block, GroupSampler.FromPool(layout, _distant!.index(own), m, context.Generator), limit, n, chosen),
                _ => DrawnCandidates.Pick(block, DrawnCandidates.Uniform(block, m), limit, n, chosen),
            };                                                                                 // (b, n)
            var got = FirstValid.Count(picks);                                                  // (b)
            carry = limit - got;
            if (tier < 5)
                context.Counters.AddEvent(tier < 4 ? $"tier {tier} short → tier {tier + 1}" : "tier 4 short → padding", carry.sum().item<long>());
            else
                context.Counters.AddEvent("padded with tier 4", got.sum().item<long>());
            chosen = cat([chosen, picks], 1);
            labels = cat([labels, DrawnCandidates.Label(picks, Math.Min(tier, 4))], 1);
        }
        // Compact each row: picks in tier order, −1 at the end; the label travels with its pick (pick·8 + tier).
        var packed = where(chosen.ge(0), chosen * 8 + labels, full_like(chosen, -1L));
        var compact = FirstValid.Take(packed, zeros_like(packed), n).Picks;                    // (b, n)
        var valid = compact.ge(0);
        return (where(valid, compact.div(8, rounding_mode: RoundingMode.floor), compact),
                where(valid, compact.remainder(8), compact));
    }

    private Tensor Similar(MiningBlock block, Tensor own, Tensor limit, Tensor chosen)
    {
        int n = block.Context.Negatives;
        var labels = block.Context.ClusterLayout!.Labels;
        int depth = _proportions[2] + (int)block.Blocked.shape[1] + 8;                         // deepened for rows that need more
        return RankedCandidates.Pick(block, n, depth, RankedCandidates.Top(block, rows => limit.index(rows), n,
            (rows, indices, _) =>
            {
                var taken = RowSets.Reasons(indices, chosen.index(rows), full_like(chosen.index(rows), (long)SkipReason.Duplicate));
                var inOwn = labels.index(indices).eq(own.index(rows).unsqueeze(1));            // (r, D)
                return where(taken.eq(0) & inOwn, full_like(taken, (long)SkipReason.OwnCluster), taken);
            }));
    }

    private void Prepare(ClusterResult clusters)
    {
        if (_adjacent is not null)
            return;
        int k = clusters.K;
        int a = Math.Min(_adjacentK, k - 1);
        var adjacent = CentroidGraph.Adjacent(clusters, _adjacentK);
        var distant = new long[k * Math.Max(k - 1 - a, 1)];
        Array.Fill(distant, -1L);
        for (int c = 0; c < k; c++)
        {
            var near = new HashSet<int>(adjacent.AsSpan(c * a, a).ToArray()) { c };
            int slot = 0;
            for (int other = 0; other < k; other++)
                if (!near.Contains(other))
                    distant[c * Math.Max(k - 1 - a, 1) + slot++] = other;
        }
        _adjacent = a == 0 ? full(k, 1, -1L, dtype: ScalarType.Int64)
            : tensor(adjacent.Select(x => (long)x).ToArray(), [k, a], dtype: ScalarType.Int64);
        _distant = tensor(distant, [k, Math.Max(k - 1 - a, 1)], dtype: ScalarType.Int64);
        _adjacent.DetachFromDisposeScope();
        _distant.DetachFromDisposeScope();
    }
}
