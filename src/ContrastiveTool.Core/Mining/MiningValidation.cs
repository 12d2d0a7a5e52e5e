using ContrastiveTool.Core.Mining.Sampling;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining;

/// <summary>The checks every run makes on its own output, accumulated block by block.</summary>
/// <remarks>Errors (a bug if ever nonzero): a negative that is a positive or the query, an index out of range, an item
/// twice in a row, a tier label outside 0–4. Information: rows short of n, negatives per tier against the strategy's
/// target proportions (they differ only through the fallbacks the events count).</remarks>
public sealed class MiningValidation
{
    private readonly long[] _tiers = new long[5];

    public long Pairs { get; private set; }
    public long PositiveOrQuery { get; private set; }
    public long OutOfRange { get; private set; }
    public long Repeated { get; private set; }
    public long BadTier { get; private set; }
    public long ShortRows { get; private set; }
    public long Missing { get; private set; }

    /// <summary>Negatives per tier label 0–4.</summary>
    public IReadOnlyList<long> TierCounts => _tiers;

    /// <summary>Expected negatives per tier label 0–4 (target proportions × pairs), when the strategy has targets.</summary>
    public IReadOnlyList<long>? TierExpected { get; internal set; }

    /// <summary>Whether no error check failed.</summary>
    public bool Passed => PositiveOrQuery == 0 && OutOfRange == 0 && Repeated == 0 && BadTier == 0;

    /// <summary>Checks one block: (b, n) negatives and tiers against the (b, F) never-negative items.</summary>
    internal void Add(Tensor negatives, Tensor tiers, Tensor neverNegative, long corpus, int width)
    {
        using var scope = NewDisposeScope();
        var present = negatives.ge(0);
        Pairs += negatives.shape[0];
        PositiveOrQuery += RowSets.Reasons(negatives, neverNegative, ones_like(neverNegative)).gt(0).logical_and(present).sum().item<long>();
        OutOfRange += (negatives.ge(corpus) | negatives.lt(-1)).sum().item<long>();
        Repeated += (RowSets.RepeatsEarlier(negatives) & present).sum().item<long>();
        BadTier += ((tiers.lt(0) | tiers.gt(4)) & present).sum().item<long>();
        var count = present.sum(1);
        ShortRows += count.lt(width).sum().item<long>();
        Missing += (width - count).sum().item<long>();
        var perTier = tiers.masked_select(present).bincount(null, 5).data<long>().ToArray();
        for (int t = 0; t < 5; t++)
            _tiers[t] += perTier[t];
    }

    /// <summary>The checks as lines a user reads: (name, passed, detail).</summary>
    public IReadOnlyList<(string Check, bool Passed, string Detail)> Lines()
    {
        var lines = new List<(string, bool, string)>
        {
            ("no positive or query among negatives", PositiveOrQuery == 0, $"{PositiveOrQuery} found"),
            ("indices in range", OutOfRange == 0, $"{OutOfRange} out of range"),
            ("no repeats within a row", Repeated == 0, $"{Repeated} repeats"),
            ("tier labels in 0–4", BadTier == 0, $"{BadTier} bad labels"),
            ("every row full", ShortRows == 0, $"{ShortRows} rows short, {Missing} negatives missing"),
        };
        if (TierExpected is { } expected)
        {
            bool match = Enumerable.Range(0, 5).All(t => expected[t] == _tiers[t]);
            string detail = string.Join(", ", Enumerable.Range(0, 5).Where(t => expected[t] > 0 || _tiers[t] > 0)
                                                     .Select(t => $"tier {t}: {_tiers[t]}/{expected[t]}"));
            lines.Add(("tier counts match the proportions", match, detail + (match ? "" : " (fallbacks: see events)")));
        }
        return lines;
    }
}
