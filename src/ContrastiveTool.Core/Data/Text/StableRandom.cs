namespace ContrastiveTool.Core.Data.Text;

/// <summary>A random generator for one row, from the run's seed and the row's line: the same seed gives the same
/// choices whatever order the rows are parsed in (rows are parsed on all cores).</summary>
public static class StableRandom
{
    /// <summary>A generator seeded by SplitMix64 of (<paramref name="seed"/>, <paramref name="line"/>); stable across runs and processes.</summary>
    public static Random For(int seed, long line)
    {
        ulong z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)line);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return new Random((int)(z & 0x7FFFFFFF));
    }
}
