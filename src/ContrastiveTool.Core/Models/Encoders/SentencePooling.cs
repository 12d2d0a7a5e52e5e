namespace ContrastiveTool.Core.Models.Encoders;

/// <summary>Pooling and L2 normalisation over plain arrays (the ONNX path; the TorchSharp path pools in tensors).</summary>
public static class SentencePooling
{
    /// <summary>Pools token vectors <c>(B, T, D)</c> into unit-length sentence vectors <c>(B, D)</c>.</summary>
    /// <remarks>Mean: Σ_t mask[b,t]·h[b,t,:] / max(Σ_t mask[b,t], 1e-9), as sentence-transformers. CLS: h[b,0,:].
    /// Then v / max(‖v‖₂, 1e-12), as torch.nn.functional.normalize.</remarks>
    public static float[] Pool(ReadOnlySpan<float> hidden, long[] mask, int batchSize, int length, int dimension, PoolingMode mode)
    {
        ArgumentNullException.ThrowIfNull(mask);
        if (hidden.Length != batchSize * length * dimension || mask.Length != batchSize * length)
            throw new ArgumentException($"hidden has {hidden.Length} values and mask {mask.Length}; expected {batchSize}×{length}×{dimension}");
        var pooled = new float[batchSize * dimension];
        for (int b = 0; b < batchSize; b++)
        {
            var row = pooled.AsSpan(b * dimension, dimension);
            if (mode == PoolingMode.Cls)
                hidden.Slice(b * length * dimension, dimension).CopyTo(row);
            else
                MeanOverMask(hidden, mask, b, length, dimension, row);
            NormalizeInPlace(row);
        }
        return pooled;
    }

    /// <summary>Scales <paramref name="vector"/> to unit length (unchanged when its norm is below 1e-12).</summary>
    public static void NormalizeInPlace(Span<float> vector)
    {
        double squares = 0;
        foreach (float v in vector)
            squares += (double)v * v;
        float scale = (float)(1 / Math.Max(Math.Sqrt(squares), 1e-12));
        for (int i = 0; i < vector.Length; i++)
            vector[i] *= scale;
    }

    private static void MeanOverMask(ReadOnlySpan<float> hidden, long[] mask, int b, int length, int dimension, Span<float> row)
    {
        var sums = new double[dimension];
        long count = 0;
        for (int t = 0; t < length; t++)
        {
            if (mask[b * length + t] == 0)
                continue;
            count++;
            var token = hidden.Slice((b * length + t) * dimension, dimension);
            for (int d = 0; d < dimension; d++)
                sums[d] += token[d];
        }
        double divisor = Math.Max(count, 1e-9);
        for (int d = 0; d < dimension; d++)
            row[d] = (float)(sums[d] / divisor);
    }
}
