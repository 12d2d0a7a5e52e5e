namespace ContrastiveTool.Core.Transforms.Mined;

/// <summary>One mined negative of a query: the document id, its tier and the miner's similarity s(a, n).</summary>
/// <param name="Id">The negative document's id (an answer id of the ranked-QA file).</param>
/// <param name="Tier">1 in-cluster, 2 adjacent cluster, 3 high similarity, 4 random (the tiered miner's); 0 when untiered.</param>
/// <param name="Score">s(a, n), the miner's cosine between the query and the negative.</param>
/// <param name="Difficulty">s(a, n) − s(a, p) + 1 (the seed notebook's), null until the positive's similarity is known.</param>
public sealed record MinedNegative(string Id, int Tier, double Score, double? Difficulty = null);
