namespace ContrastiveTool.Core.Models.Embeddings;

/// <summary>What <see cref="EmbedService"/> wrote, and how fast.</summary>
public sealed record EmbedResult(string Model, int Count, int Dimension, string OutputPath, string IdsPath,
                                 TimeSpan LoadTime, TimeSpan EncodeTime)
{
    /// <summary>Texts encoded per second (encoding only, model loading excluded).</summary>
    public double TextsPerSecond => Count / Math.Max(EncodeTime.TotalSeconds, 1e-9);
}
