using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Models.Tokenization;

/// <summary>A batch of tokenised texts padded to its longest member ("dynamic padding").</summary>
/// <remarks>Row-major <c>(BatchSize, Length)</c> arrays: ids ([CLS] … [SEP] then [PAD]), attention mask
/// (1 for a real token, 0 for padding) and token types (all 0: single sentences).</remarks>
public sealed class TokenBatch
{
    private TokenBatch(long[] inputIds, long[] attentionMask, int batchSize, int length)
    {
        InputIds = inputIds;
        AttentionMask = attentionMask;
        BatchSize = batchSize;
        Length = length;
    }

    /// <summary>Token ids, <c>(BatchSize, Length)</c> row-major.</summary>
    public long[] InputIds { get; }

    /// <summary>1 for a real token, 0 for padding, <c>(BatchSize, Length)</c> row-major.</summary>
    public long[] AttentionMask { get; }

    public int BatchSize { get; }

    /// <summary>The longest sequence in the batch (every row is padded to it).</summary>
    public int Length { get; }

    /// <summary>Pads <paramref name="sequences"/> (each already [CLS] … [SEP]) with <paramref name="padId"/>.</summary>
    public static TokenBatch Pad(IReadOnlyList<int[]> sequences, int padId)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        ArgumentOutOfRangeException.ThrowIfZero(sequences.Count);
        int length = sequences.Max(s => s.Length);
        var ids = new long[sequences.Count * length];
        var mask = new long[ids.Length];
        Array.Fill(ids, padId);
        for (int row = 0; row < sequences.Count; row++)
            for (int column = 0; column < sequences[row].Length; column++)
            {
                ids[row * length + column] = sequences[row][column];
                mask[row * length + column] = 1;
            }
        return new TokenBatch(ids, mask, sequences.Count, length);
    }

    /// <summary>The ids as an int64 tensor on <paramref name="device"/>.</summary>
    public Tensor InputIdsTensor(Device? device = null) =>
        torch.tensor(InputIds, [BatchSize, Length], dtype: int64, device: device);                 // (B, T)

    /// <summary>The attention mask as an int64 tensor on <paramref name="device"/>.</summary>
    public Tensor AttentionMaskTensor(Device? device = null) =>
        torch.tensor(AttentionMask, [BatchSize, Length], dtype: int64, device: device);            // (B, T)
}
