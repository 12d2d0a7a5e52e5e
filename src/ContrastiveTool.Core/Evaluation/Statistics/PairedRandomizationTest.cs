using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Statistics;

/// <summary>Paired randomisation (permutation) test: is system A's mean different from system B's on the same queries?</summary>
/// <remarks>
/// d_q = a_q − b_q; observed t = |mean(d)|. Under the null hypothesis each d_q's sign is a coin flip: for r = 1..R,
/// t_r = |mean(s_r ⊙ d)| with random signs s_r. p = (1 + #{t_r ≥ t}) / (1 + R) (two-sided, never 0).
/// Defaults: R = 10000, seeded. Reference: Smucker, Allan &amp; Carterette 2007 (CIKM), the test they recommend for IR.
/// Relations: <see cref="Bootstrap"/> gives each system's own interval.
/// </remarks>
public sealed class PairedRandomizationTest(int permutations = 10_000, long seed = 42)
{
    private const int Chunk = 500;

    private readonly int _permutations = permutations >= 100 ? permutations
        : throw new ArgumentOutOfRangeException(nameof(permutations), "needs at least 100 permutations");

    /// <summary>The two-sided p-value of the difference between <paramref name="a"/> and <paramref name="b"/>, query by query.</summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public double PValue(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
            throw new ArgumentException($"paired test needs the same queries: {a.Count} vs {b.Count} values");
        if (a.Count == 0)
            return 1;
        using var scope = NewDisposeScope();
        var difference = tensor(a.ToArray()) - tensor(b.ToArray());                           // (n)
        double observed = difference.mean().abs().item<double>() - 1e-12;                     // tolerance for float ties
        var generator = new TorchSharp.torch.Generator((ulong)seed);
        long atLeast = 0;
        for (int done = 0; done < _permutations; done += Chunk)
        {
            long rows = Math.Min(Chunk, _permutations - done);
            var signs = randint(0, 2, [rows, a.Count], ScalarType.Float64, generator: generator) * 2 - 1; // (r, n)
            var statistic = (signs * difference).mean([1]).abs();                            // (r)
            atLeast += statistic.ge(observed).sum().item<long>();
        }
        return (1.0 + atLeast) / (1.0 + _permutations);
    }
}
