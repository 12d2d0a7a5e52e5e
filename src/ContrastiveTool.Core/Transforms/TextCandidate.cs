namespace ContrastiveTool.Core.Transforms;

/// <summary>One answer text a transform picked: its id, text, vote (or mining) score, rank within its own question and mining tier.</summary>
/// <param name="Id">The answer's id.</param>
/// <param name="Text">The text the encoder sees.</param>
/// <param name="Score">The answer's vote score; for a mined negative, the miner's similarity s(a, n).</param>
/// <param name="Rank">0 for its question's best answer, then 1, 2, ...</param>
/// <param name="Tier">For a mined negative: 1 in-cluster, 2 adjacent cluster, 3 high similarity, 4 random; 0 otherwise.</param>
public sealed record TextCandidate(string Id, string Text, double Score, int Rank = 0, int Tier = 0);
