using ContrastiveTool.Core.Mining.Sampling;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Strategies;

/// <summary><c>range</c>: hard negatives from a rank window with sentence-transformers' false-negative guards.</summary>
/// <remarks>
/// Candidates: the corpus ranked by s(a, x) = a·x, positives and blocked items removed, rank r counted among the rest.
/// Kept when RangeMin ≤ r &lt; RangeMax and every guard passes — MaxScore ≥ s, MinScore ≤ s, s ≤ s(a,p) − Margin,
/// s ≤ s(a,p)·(1 − RelativeMargin) — then the first n (<c>top</c>) or a seeded sample of n (<c>random</c>). Each skipped
/// candidate is counted under its first failing reason (range, max-score, min-score, margin, relative-margin), among
/// the candidates the row looked at. Tier 3. Defaults: see <see cref="RangeOptions"/>. Relations: <c>hard</c> is
/// range with no guard; <c>semi_hard</c> is a margin band sampled at random.
/// </remarks>
public sealed class RangeMiner : INegativeMiner
{
    private readonly RangeOptions _options;

    public RangeMiner(RangeOptions? options = null)
    {
        _options = options ?? new RangeOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(_options.RangeMin);
        if (_options.RangeMax <= _options.RangeMin)
            throw new UserInputException($"--range-max ({_options.RangeMax}) must be above --range-min ({_options.RangeMin})");
        NameLookup.Find(RangeOptions.SamplingNames, s => s, _options.Sampling, "sampling");
    }

    /// <inheritdoc/>
    public string Name => "range";

    private bool Random => string.Equals(_options.Sampling, "random", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public (Tensor Negatives, Tensor Tiers) Mine(MiningBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        int n = block.Context.Negatives;
        int blocked = (int)block.Blocked.shape[1];
        int depth = Random ? _options.RangeMax + blocked : _options.RangeMin + n + blocked + 8;
        var picks = RankedCandidates.Pick(block, n, depth, Picker(block, n));                  // (b, n)
        return (picks, DrawnCandidates.Label(picks, 3));
    }

    private RankedCandidates.Picker Picker(MiningBlock block, int n) => (rows, indices, scores, exhaustive) =>
    {
        var positive = block.PositiveScores.index(rows).unsqueeze(1);                          // (r, 1)
        var reasons = RowSets.Reasons(indices, block.Blocked.index(rows), block.BlockedReasons.index(rows)); // (r, D)
        var rank = reasons.eq(0).to_type(ScalarType.Int64).cumsum(1) - 1;                      // rank among the unblocked
        var inWindow = rank.lt(_options.RangeMax);
        reasons = Guard(reasons, reasons.eq(0) & rank.lt(_options.RangeMin), SkipReason.Range);
        if (_options.MaxScore is { } max)
            reasons = Guard(reasons, scores.gt(max), SkipReason.MaxScore);
        if (_options.MinScore is { } min)
            reasons = Guard(reasons, scores.lt(min), SkipReason.MinScore);
        if (_options.Margin is { } margin)
            reasons = Guard(reasons, scores.gt(positive - margin), SkipReason.Margin);
        if (_options.RelativeMargin is { } relative)
            reasons = Guard(reasons, scores.gt(positive * (1 - relative)), SkipReason.RelativeMargin);
        var candidates = where(inWindow, indices, full_like(indices, -1L));                    // (r, D) outside the window: none
        var windowSeen = rank.narrow(1, rank.shape[1] - 1, 1).squeeze(1) + 1;                 // (r) window ranks covered
        var windowOpen = exhaustive ? zeros_like(windowSeen, dtype: ScalarType.Bool) : windowSeen.lt(_options.RangeMax);
        if (Random)
        {
            var keys = rand(indices.shape, generator: block.Context.Generator)
                .masked_fill(reasons.ne(0) | candidates.lt(0), 2f);
            var order = keys.argsort(1);
            var picks = FirstValid.Take(candidates.gather(1, order), reasons.gather(1, order), n).Picks; // (r, n)
            return (picks, windowOpen, where(inWindow, reasons, zeros_like(reasons)));
        }
        var (top, skips) = FirstValid.Take(candidates, reasons, n);                            // (r, n)
        var exhausted = _options.MinScore is { } floor ? scores.narrow(1, scores.shape[1] - 1, 1).squeeze(1).lt(floor) : zeros_like(windowOpen);
        return (top, FirstValid.Count(top).lt(n) & windowOpen & exhausted.logical_not(), skips);
    };

    private static Tensor Guard(Tensor reasons, Tensor failed, SkipReason reason) =>
        where(reasons.eq(0) & failed, full_like(reasons, (long)reason), reasons);
}
