using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Search;

/// <summary>Raw little-endian tensor bytes to and from a stream, in row chunks of at most 64 MiB so a corpus larger
/// than a span (2 GiB) streams without a second copy in managed memory.</summary>
internal static class TensorBinary
{
    private const long ChunkBytes = 64L << 20;

    /// <summary>Writes a contiguous CPU tensor's bytes, first dimension in chunks.</summary>
    public static void Write(Stream stream, Tensor tensor)
    {
        using var contiguous = tensor.is_contiguous() ? tensor.alias() : tensor.contiguous();
        foreach (var chunk in Chunks(contiguous))
            using (chunk)
                stream.Write(chunk.bytes);
    }

    /// <summary>Fills a contiguous CPU tensor (allocated by the caller with the right shape and type) from the stream.</summary>
    /// <exception cref="InvalidDataException">The stream ends early.</exception>
    public static void ReadInto(Stream stream, Tensor tensor)
    {
        foreach (var chunk in Chunks(tensor))
            using (chunk)
            {
                try { stream.ReadExactly(chunk.bytes); }
                catch (EndOfStreamException e) { throw new InvalidDataException("the file ends before its tensors do", e); }
            }
    }

    private static IEnumerable<Tensor> Chunks(Tensor tensor)
    {
        long rows = tensor.dim() == 0 ? 1 : tensor.shape[0];
        if (tensor.dim() == 0 || rows == 0)
        {
            if (tensor.numel() > 0)
                yield return tensor.alias();
            yield break;
        }
        long rowBytes = Math.Max(1, tensor.numel() / rows * tensor.element_size());
        long step = Math.Max(1, ChunkBytes / rowBytes);
        for (long r0 = 0; r0 < rows; r0 += step)
            yield return tensor.narrow(0, r0, Math.Min(step, rows - r0));
    }
}
