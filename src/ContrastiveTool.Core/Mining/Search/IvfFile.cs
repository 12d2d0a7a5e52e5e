using System.Text;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Search;

/// <summary>The file of an <see cref="IvfIndex"/>: a small binary header, then raw little-endian tensors.</summary>
/// <remarks>
/// Layout: magic <c>CTIVF001</c> (8 bytes); int64 N; int32 d; int32 lists; int32 probes; float32 centroids (lists × d);
/// int64 offsets (lists + 1); int64 ids (N, document row of each list position); float32 vectors (N × d, list order).
/// Written to a temporary file and renamed, so an interrupted save leaves no partial index.
/// </remarks>
internal static class IvfFile
{
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("CTIVF001");

    public static void Write(string path, Tensor centroids, Tensor vectors, Tensor ids, long[] offsets, int probes)
    {
        ArgumentNullException.ThrowIfNull(path);
        string temporary = path + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            using (var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(vectors.shape[0]);
                writer.Write((int)vectors.shape[1]);
                writer.Write((int)centroids.shape[0]);
                writer.Write(probes);
                writer.Flush();
                TensorBinary.Write(stream, centroids);
                foreach (long offset in offsets)
                    writer.Write(offset);
                writer.Flush();
                TensorBinary.Write(stream, ids);
                TensorBinary.Write(stream, vectors);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <exception cref="UserInputException">Not an ivf index file, or a truncated one.</exception>
    public static IvfIndex Read(string path, int? probes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var reader = new BinaryReader(stream, Encoding.ASCII, leaveOpen: true);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                throw new UserInputException($"'{path}' is not an ivf index (written by `--index-kind ivf --index FILE`); delete it or give another --index path");
            long count = reader.ReadInt64();
            int dimension = reader.ReadInt32(), lists = reader.ReadInt32(), savedProbes = reader.ReadInt32();
            if (count < 1 || dimension < 1 || lists < 1 || lists > count)
                throw new InvalidDataException($"header says {count} vectors of {dimension} in {lists} lists");
            var centroids = empty(lists, dimension);
            TensorBinary.ReadInto(stream, centroids);
            var offsets = new long[lists + 1];
            for (int l = 0; l <= lists; l++)
                offsets[l] = reader.ReadInt64();
            var ids = empty(count, ScalarType.Int64);
            TensorBinary.ReadInto(stream, ids);
            var vectors = empty(count, dimension);
            TensorBinary.ReadInto(stream, vectors);
            return new IvfIndex(centroids, vectors, ids, offsets, probes ?? savedProbes);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
        {
            throw new UserInputException($"'{path}' is a damaged ivf index ({e.Message}); delete it to rebuild", e);
        }
    }
}
