using ContrastiveTool.Core.Mining.Sampling;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Strategies;

/// <summary><c>semi_hard</c>: negatives sampled from FaceNet's semi-hard band, falling back to <c>hard</c> when the band
/// has too few.</summary>
/// <remarks>
/// Band: s(a,p) − margin &lt; s(a,n) &lt; s(a,p), with s the cosine; n items sampled uniformly (seeded) from the band.
/// Rows with fewer than n in the band are filled with the most similar remaining non-positives (<c>hard</c>), counted as
/// the event <c>semi_hard fallback to hard</c>. Tier 3. Default margin 0.2 (in cosine units).
/// Difference from the seed notebook: its "semi-hard" keeps negatives <i>more</i> similar than the positive
/// (s(a,n) &gt; s(a,p)), which is hard mining without a guard; here those are skipped (reason <c>not-semi-hard</c>),
/// as in Schroff et al. 2015 (FaceNet), where they are the likeliest false negatives.
/// </remarks>
public sealed class SemiHardMiner(double margin = 0.2) : INegativeMiner
{
    private readonly double _margin = margin > 0 ? margin : throw new ArgumentOutOfRangeException(nameof(margin), "must be > 0");

    /// <inheritdoc/>
    public string Name => "semi_hard";

    /// <inheritdoc/>
    public (Tensor Negatives, Tensor Tiers) Mine(MiningBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        int n = block.Context.Negatives;
        int depth = 4 * n + (int)block.Blocked.shape[1] + 16;
        var picks = RankedCandidates.Pick(block, n, depth, Band(block, n));                    // (b, n)
        var got = FirstValid.Count(picks);                                                     // (b)
        var shortRows = got.lt(n);
        if (shortRows.any().item<bool>())
        {
            var limit = (n - got);                                                            // (b)
            var fallback = RankedCandidates.Pick(block, n, depth, RankedCandidates.Top(block, rows => limit.index(rows), n,
                (rows, indices, _) => RowSets.Reasons(indices, picks.index(rows), full_like(picks.index(rows), (long)SkipReason.Duplicate))));
            block.Context.Counters.AddEvent("semi_hard fallback to hard (negatives)", FirstValid.Count(fallback).sum().item<long>());
            block.Context.Counters.AddEvent("semi_hard fallback to hard (rows)", shortRows.sum().item<long>());
            var merged = cat([picks, fallback], 1);                                            // (b, 2n)
            picks = FirstValid.Take(merged, zeros_like(merged), n).Picks;                      // (b, n)
        }
        return (picks, DrawnCandidates.Label(picks, 3));
    }

    private RankedCandidates.Picker Band(MiningBlock block, int n) => (rows, indices, scores, exhaustive) =>
    {
        var positive = block.PositiveScores.index(rows).unsqueeze(1);                          // (r, 1)
        var reasons = RowSets.Reasons(indices, block.Blocked.index(rows), block.BlockedReasons.index(rows));
        var harder = scores.ge(positive) & reasons.eq(0);
        reasons = where(harder, full_like(reasons, (long)SkipReason.NotSemiHard), reasons);    // (r, D)
        var inBand = reasons.eq(0) & scores.gt(positive - _margin);
        var keys = rand(indices.shape, generator: block.Context.Generator).masked_fill(inBand.logical_not(), 2f);
        var order = keys.argsort(1);                                                           // band members first, shuffled
        var shuffled = indices.gather(1, order);
        var accept = where(inBand.gather(1, order), zeros_like(reasons), ones_like(reasons));
        var picks = FirstValid.Take(shuffled, accept, n).Picks;                                // (r, n)
        var last = scores.narrow(1, scores.shape[1] - 1, 1).squeeze(1);                        // (r)
        var needMore = exhaustive ? zeros_like(last, dtype: ScalarType.Bool) : last.gt(positive.squeeze(1) - _margin); // the band may go on
        var looked = scores.gt(positive - _margin);
        return (picks, needMore, where(looked, reasons, zeros_like(reasons)));
    };
}
