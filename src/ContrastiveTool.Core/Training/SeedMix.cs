namespace ContrastiveTool.Core.Training;

/// <summary>Derives independent, reproducible seeds from a run's seed and a position (SplitMix64), so any step's random
/// choices can be replayed without saving generator state: resume needs only the position.</summary>
public static class SeedMix
{
    /// <summary>A 63-bit seed for (<paramref name="seed"/>, <paramref name="parts"/>…); the same inputs always give the same seed.</summary>
    public static long Derive(long seed, params long[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ulong state = Mix((ulong)seed);
        foreach (long part in parts)
            state = Mix(state ^ Mix((ulong)part + 0x9E3779B97F4A7C15UL));
        return (long)(state >> 1);
    }

    /// <summary>A <see cref="Random"/> seeded from <see cref="Derive"/> (System.Random's seeded algorithm is fixed across runs).</summary>
    public static Random Random(long seed, params long[] parts) => new((int)(Derive(seed, parts) & int.MaxValue));

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
