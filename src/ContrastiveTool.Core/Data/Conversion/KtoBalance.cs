namespace ContrastiveTool.Core.Data.Conversion;

/// <summary>Balancing good and bad KTO rows by seeded down-sampling of the larger class.</summary>
/// <remarks>target = ⌊min(good, bad) × (1 + tolerance)⌋; the larger class keeps <c>target</c> rows (when it has more),
/// drawn uniformly by selection sampling (Knuth's algorithm S: each row is kept with probability needed / remaining), so
/// the draw streams in file order with constant memory. The smaller class is kept whole. Defaults: tolerance 0.1,
/// seed 42.</remarks>
/// <param name="Tolerance">How much larger than the smaller class the larger may stay (0.1 = 10 %).</param>
/// <param name="Seed">Seed of the draw; the same seed keeps the same rows.</param>
public sealed record KtoBalance(double Tolerance = 0.1, int Seed = 42)
{
    /// <summary>How many rows of each class to keep.</summary>
    public (long Good, long Bad) Targets(long good, long bad)
    {
        if (double.IsNaN(Tolerance) || Tolerance < 0)
            throw new UserInputException($"--balance-tolerance must be ≥ 0, got {Tolerance}");
        if (good == 0 || bad == 0)
            throw new UserInputException(
                $"--balance: the rows are {good} good and {bad} bad; with no {(good == 0 ? "good" : "bad")} row there is nothing to balance against. Drop --balance.");
        long target = (long)Math.Floor(Math.Min(good, bad) * (1 + Tolerance));
        return (Math.Min(good, target), Math.Min(bad, target));
    }

    /// <summary>A streaming keep/drop decision per row of one class.</summary>
    public sealed class Draw(long available, long keep, Random random)
    {
        private long _remaining = available, _needed = keep;

        /// <summary>Whether to keep the next row of this class.</summary>
        public bool Next()
        {
            bool take = _needed > 0 && random.NextDouble() * _remaining < _needed;
            _remaining--;
            if (take) _needed--;
            return take;
        }
    }
}
