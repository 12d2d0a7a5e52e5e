namespace ContrastiveTool.Core.Data.RankedQa;

/// <summary>An answer with its vote score and its rank among its question's answers.</summary>
/// <param name="Id">The answer's id; when the file has none, "<c>questionId#n</c>" with n its 0-based position in the file.</param>
/// <param name="Body">Plain text (HTML stripped).</param>
/// <param name="Score">Vote score; higher is better.</param>
/// <param name="IsAccepted">Whether the asker accepted it (informational; ranking uses the score).</param>
/// <param name="Rank">0 for the best-scored answer (the positive), then 1, 2, ...</param>
public sealed record QaAnswer(string Id, string Body, double Score, bool IsAccepted, int Rank);
