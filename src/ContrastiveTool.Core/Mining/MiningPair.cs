namespace ContrastiveTool.Core.Mining;

/// <summary>One row to mine for: a query and its positive corpus item (indices into <see cref="MiningInput"/>).</summary>
public readonly record struct MiningPair(int Query, int Positive);
