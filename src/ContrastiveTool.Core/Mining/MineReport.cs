namespace ContrastiveTool.Core.Mining;

/// <summary>What a <c>mine</c> run did: the summary, the files written, where the embeddings and clusters came from, times.</summary>
public sealed record MineReport(string Strategy, MiningSummary Summary, IReadOnlyList<string> Written, string EmbeddingsSource,
                                string? ClustersSource, long TrainingRows, TimeSpan EmbedTime, TimeSpan ClusterTime, TimeSpan MineTime);
