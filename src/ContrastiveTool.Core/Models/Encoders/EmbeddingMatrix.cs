namespace ContrastiveTool.Core.Models.Encoders;

/// <summary>n embeddings of d floats each, row-major <c>(Count, Dimension)</c>.</summary>
public sealed record EmbeddingMatrix(float[] Values, int Count, int Dimension)
{
    /// <summary>Row <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> Row(int index) => Values.AsSpan(index * Dimension, Dimension);

    /// <summary>The dot product of two rows (their cosine, since rows are unit length).</summary>
    public double Cosine(int a, int b)
    {
        double sum = 0;
        var x = Row(a);
        var y = Row(b);
        for (int i = 0; i < Dimension; i++)
            sum += (double)x[i] * y[i];
        return sum;
    }
}
