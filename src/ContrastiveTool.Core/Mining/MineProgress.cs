namespace ContrastiveTool.Core.Mining;

/// <summary>Where a <c>mine</c> run is: the stage (embedding, clustering, mining, writing) and its count done of total.</summary>
public readonly record struct MineProgress(string Stage, long Done, long Total);
