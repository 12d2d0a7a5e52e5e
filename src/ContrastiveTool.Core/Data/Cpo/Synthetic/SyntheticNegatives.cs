using ContrastiveTool.Core.Data.Text;

namespace ContrastiveTool.Core.Data.Cpo.Synthetic;

/// <summary>Adds synthetic negatives to a row: each chosen strategy offers one, and a seeded draw keeps at most
/// <c>perRow</c> of them (and never takes the row past <c>maxNegatives</c>).</summary>
/// <remarks>An offer that repeats the chosen response or a negative already there (compared ignoring whitespace) is
/// dropped. The generator is the row's own (<see cref="StableRandom"/>), so the output does not depend on how rows
/// were spread over cores.</remarks>
public sealed class SyntheticNegatives(IReadOnlyList<ISyntheticNegative> strategies, int perRow, int maxNegatives, int seed)
{
    private readonly IReadOnlyList<ISyntheticNegative> _strategies = strategies ?? throw new ArgumentNullException(nameof(strategies));

    /// <summary>Whether any strategy is on.</summary>
    public bool Enabled => _strategies.Count > 0 && perRow > 0;

    /// <summary>The synthetic negatives for one row, to append after its own.</summary>
    public IReadOnlyList<CpoNegative> For(string prompt, string chosen, IReadOnlyList<CpoNegative> existing, long line)
    {
        int room = Math.Min(perRow, maxNegatives - existing.Count);
        if (!Enabled || room <= 0)
            return [];
        var random = StableRandom.For(seed, line);
        var taken = new HashSet<string>(existing.Select(n => NegativeList.Key(n.Text)), StringComparer.Ordinal) { NegativeList.Key(chosen) };
        var offers = new List<CpoNegative>();
        foreach (var strategy in _strategies)
        {
            string? text = strategy.Make(prompt, chosen, random)?.Trim();
            if (!string.IsNullOrEmpty(text) && taken.Add(NegativeList.Key(text)))
                offers.Add(new CpoNegative(text, strategy.Name));
        }
        if (offers.Count <= room)
            return offers;
        var picked = offers.ToArray();
        random.Shuffle(picked);
        var keep = picked.Take(room).ToHashSet();
        return offers.Where(keep.Contains).ToList();   // kept in strategy order
    }
}
