using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining;

/// <summary>What a mining run counts as it goes: candidates skipped by reason, and named events (fallbacks, padding).</summary>
public sealed class MiningCounters
{
    private readonly long[] _skips = new long[SkipReasons.Count];
    private readonly SortedDictionary<string, long> _events = new(StringComparer.Ordinal);

    /// <summary>Skipped candidates by reason (reasons with a count only).</summary>
    public IReadOnlyDictionary<string, long> Skips =>
        Enumerable.Range(1, SkipReasons.Count - 1).Where(r => _skips[r] > 0)
            .ToDictionary(r => SkipReasons.Name((SkipReason)r), r => _skips[r]);

    /// <summary>Named events: <c>semi_hard fallback to hard</c>, <c>tier 1 short → tier 2</c>, <c>padded with tier 4</c>, ...</summary>
    public IReadOnlyDictionary<string, long> Events => _events;

    /// <summary>Counts the nonzero codes of a (b, M) skip-reason tensor.</summary>
    public void AddSkips(Tensor reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        using var scope = NewDisposeScope();
        var counts = reasons.flatten().bincount(null, SkipReasons.Count).data<long>().ToArray();
        for (int r = 1; r < SkipReasons.Count; r++)
            _skips[r] += counts[r];
    }

    /// <summary>Adds <paramref name="count"/> to event <paramref name="name"/> (a zero count is not recorded).</summary>
    public void AddEvent(string name, long count)
    {
        if (count == 0)
            return;
        _events[name] = _events.GetValueOrDefault(name) + count;
    }
}
