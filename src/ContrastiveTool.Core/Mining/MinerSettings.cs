namespace ContrastiveTool.Core.Mining;

/// <summary>Every strategy knob the CLI and configs can set; <see cref="MinerCatalog"/> hands each strategy its own.</summary>
/// <param name="SemiHardMargin">semi_hard: the band's width (cosine units).</param>
/// <param name="Range">range: window and guards.</param>
/// <param name="SameCluster">cluster: draw from the pair's own cluster instead of the others.</param>
/// <param name="TierProportions">tiered: negatives per tier 1–4.</param>
/// <param name="AdjacentK">tiered: how many nearest clusters count as adjacent.</param>
public sealed record MinerSettings(double SemiHardMargin = 0.2, RangeOptions? Range = null, bool SameCluster = false,
                                   IReadOnlyList<int>? TierProportions = null, int AdjacentK = 3);
