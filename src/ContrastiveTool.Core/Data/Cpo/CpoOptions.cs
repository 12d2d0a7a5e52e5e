namespace ContrastiveTool.Core.Data.Cpo;

/// <summary>How CPO rows are checked and augmented.</summary>
/// <param name="MinNegatives">Fewest negatives a row may have, synthetic ones included (default 1).</param>
/// <param name="MaxNegatives">Most negatives a row may bring from the file (default 10); synthetic ones never take a row past it.</param>
/// <param name="MinPromptLength">Shortest prompt, in characters after trimming (default 1: not empty).</param>
/// <param name="MinResponseLength">Shortest chosen or negative response, in characters after trimming (default 1).</param>
/// <param name="Synthetic">Synthetic strategies to add negatives with, by name (default none; see <see cref="Synthetic.SyntheticNegativeCatalog"/>).</param>
/// <param name="SyntheticPerRow">Most synthetic negatives added to one row (default 2).</param>
/// <param name="Seed">Seed of every random choice (which strategies, shuffles); the same seed gives the same output.</param>
public sealed record CpoOptions(
    int MinNegatives = 1,
    int MaxNegatives = 10,
    int MinPromptLength = 1,
    int MinResponseLength = 1,
    IReadOnlyList<string>? Synthetic = null,
    int SyntheticPerRow = 2,
    int Seed = 42)
{
    /// <summary>The defaults.</summary>
    public static CpoOptions Default { get; } = new();

    /// <summary>Throws <see cref="UserInputException"/> when the options contradict each other.</summary>
    public CpoOptions Validated()
    {
        if (MinNegatives < 0 || MaxNegatives < 1 || MinNegatives > MaxNegatives)
            throw new UserInputException($"negatives per row: need 0 ≤ min ≤ max and max ≥ 1, got min {MinNegatives}, max {MaxNegatives}");
        if (MinPromptLength < 1 || MinResponseLength < 1)
            throw new UserInputException("the minimum prompt and response lengths must be at least 1 character");
        if (SyntheticPerRow < 0)
            throw new UserInputException($"synthetic negatives per row must be ≥ 0, got {SyntheticPerRow}");
        foreach (var name in Synthetic ?? [])
            Cpo.Synthetic.SyntheticNegativeCatalog.Find(name);
        return this;
    }
}
