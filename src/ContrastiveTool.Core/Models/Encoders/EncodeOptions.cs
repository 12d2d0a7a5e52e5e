namespace ContrastiveTool.Core.Models.Encoders;

/// <summary>How to batch texts for encoding.</summary>
/// <param name="BatchSize">Texts per forward pass (default 32).</param>
/// <param name="MaxLength">Tokens per text including [CLS] and [SEP] (default 256 for embedding; training uses 128).</param>
public sealed record EncodeOptions(int BatchSize = 32, int MaxLength = 256)
{
    /// <summary>The training default: batches of 32, 128 tokens.</summary>
    public static EncodeOptions Training { get; } = new(32, 128);

    public int BatchSize { get; } = BatchSize > 0 ? BatchSize
        : throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "must be > 0");

    public int MaxLength { get; } = MaxLength >= 2 ? MaxLength
        : throw new ArgumentOutOfRangeException(nameof(MaxLength), MaxLength, "must be ≥ 2 ([CLS] and [SEP])");
}
