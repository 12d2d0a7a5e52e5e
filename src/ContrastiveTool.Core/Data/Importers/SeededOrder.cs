namespace ContrastiveTool.Core.Data.Importers;

/// <summary>Seeded, reproducible choices: a shuffle and a capped sample.</summary>
/// <remarks>Uses <see cref="Random(int)"/>, whose seeded sequence .NET keeps stable across versions and
/// platforms, so the same seed gives byte-identical data sets. Fisher–Yates from the last position down.</remarks>
public static class SeededOrder
{
    /// <summary>A new list with <paramref name="items"/> in a random order fixed by <paramref name="seed"/>.</summary>
    public static List<T> Shuffle<T>(IEnumerable<T> items, int seed)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        var random = new Random(seed);
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    /// <summary>At most <paramref name="count"/> of <paramref name="items"/>: all of them when there are few
    /// enough, else a seeded sample; either way in the items' own order.</summary>
    public static List<T> Sample<T>(IReadOnlyList<T> items, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (items.Count <= count)
            return [.. items];
        var chosen = Shuffle(Enumerable.Range(0, items.Count), seed).Take(count).Order();
        return [.. chosen.Select(i => items[i])];
    }

    /// <summary>A seed for one item derived from the run's seed and the item's key (stable across runs, unlike string hash codes).</summary>
    public static int Derive(int seed, long key)
    {
        ulong z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)key);      // SplitMix64 finaliser
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }
}
