using ContrastiveTool.Core.Data.RankedQa;

namespace ContrastiveTool.Core.Training;

/// <summary>The held-out split, as the seed project's: shuffle the questions with the seed, the first ⌊n·test_size⌋ are the test set.</summary>
public sealed record DataSplit(IReadOnlyList<RankedQaItem> Train, IReadOnlyList<RankedQaItem> Test)
{
    public static DataSplit Create(IReadOnlyList<RankedQaItem> items, double testSize, long seed)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (testSize is < 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(testSize), testSize, "must be in [0, 1)");
        var order = Shuffled(items.Count, SeedMix.Random(seed, 0x5EED));
        int test = (int)(items.Count * testSize);
        return new DataSplit(order.Skip(test).Select(i => items[i]).ToList(), order.Take(test).Select(i => items[i]).ToList());
    }

    /// <summary>0..n−1 in a Fisher–Yates order drawn from <paramref name="random"/>.</summary>
    public static int[] Shuffled(int n, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var order = Enumerable.Range(0, n).ToArray();
        for (int i = n - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
