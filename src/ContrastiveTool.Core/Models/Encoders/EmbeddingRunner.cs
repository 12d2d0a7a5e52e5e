using ContrastiveTool.Core.Models.Tokenization;

namespace ContrastiveTool.Core.Models.Encoders;

/// <summary>Encodes many texts with any <see cref="ITextEncoder"/>: tokenise, sort by length, batch, encode, restore order.</summary>
/// <remarks>Sorting by token count (longest first) keeps padding small, so a batch costs about what its
/// texts need; the output rows are in input order. Progress reports the number of texts done.</remarks>
public static class EmbeddingRunner
{
    /// <summary>The embeddings of <paramref name="texts"/>, <c>(n, Dimension)</c>.</summary>
    public static EmbeddingMatrix Encode(ITextEncoder encoder, IReadOnlyList<string> texts, EncodeOptions options,
                                         IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(options);
        var sequences = new int[texts.Count][];
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = cancellationToken },
                     i => sequences[i] = encoder.Tokenizer.Encode(texts[i], options.MaxLength));
        var order = Enumerable.Range(0, texts.Count).OrderByDescending(i => sequences[i].Length).ToArray();
        var values = new float[texts.Count * encoder.Dimension];
        int done = 0;
        foreach (var chunk in order.Chunk(options.BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = TokenBatch.Pad(chunk.Select(i => sequences[i]).ToList(), encoder.Tokenizer.PadId);
            var rows = encoder.EncodeBatch(batch);                                                    // (b, D)
            for (int r = 0; r < chunk.Length; r++)
                rows.AsSpan(r * encoder.Dimension, encoder.Dimension).CopyTo(values.AsSpan(chunk[r] * encoder.Dimension));
            done += chunk.Length;
            progress?.Report(done);
        }
        return new EmbeddingMatrix(values, texts.Count, encoder.Dimension);
    }
}
