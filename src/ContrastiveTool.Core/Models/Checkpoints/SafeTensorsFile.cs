using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContrastiveTool.Core.Models.Checkpoints;

/// <summary>Reads and writes the <c>.safetensors</c> format (Hugging Face), the tensor file of checkpoints and embeddings.</summary>
/// <remarks>Layout: an 8-byte little-endian header length N; N bytes of JSON
/// <c>{"name": {"dtype": "F32", "shape": [..], "data_offsets": [begin, end]}, "__metadata__": {..}}</c>, padded
/// with spaces to a multiple of 8; then the tensors' bytes back to back (offsets relative to the data start).
/// Writes go to a temporary file renamed into place, so an interrupted write leaves no partial file.</remarks>
public static class SafeTensorsFile
{
    private const string MetadataKey = "__metadata__";

    /// <summary>Writes <paramref name="tensors"/> (in order) and optional string metadata to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<SafeTensor> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(tensors);
        var list = tensors.ToList();
        var header = new JsonObject();
        if (metadata is { Count: > 0 })
            header[MetadataKey] = new JsonObject(metadata.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
        long offset = 0;
        foreach (var tensor in list)
        {
            long expected = tensor.Shape.Aggregate(1L, (a, b) => a * b) * SafeTensor.ElementSize(tensor.DType);
            if (expected != tensor.Data.Length)
                throw new ArgumentException($"{tensor.Name}: shape [{string.Join(",", tensor.Shape)}] needs {expected} bytes, has {tensor.Data.Length}");
            header[tensor.Name] = new JsonObject
            {
                ["dtype"] = tensor.DType,
                ["shape"] = new JsonArray(tensor.Shape.Select(s => (JsonNode?)s).ToArray()),
                ["data_offsets"] = new JsonArray(offset, offset + tensor.Data.Length),
            };
            offset += tensor.Data.Length;
        }
        var json = Encoding.UTF8.GetBytes(header.ToJsonString());
        int padded = (json.Length + 7) / 8 * 8;
        string temporary = path + ".tmp-" + Environment.ProcessId;
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            Span<byte> length = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)padded);
            stream.Write(length);
            stream.Write(json);
            for (int i = json.Length; i < padded; i++)
                stream.WriteByte((byte)' ');
            foreach (var tensor in list)
                stream.Write(tensor.Data);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Every tensor of the file by name, and its metadata.</summary>
    /// <exception cref="UserInputException">The file is not a valid safetensors file.</exception>
    public static (IReadOnlyDictionary<string, SafeTensor> Tensors, IReadOnlyDictionary<string, string> Metadata) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes = File.ReadAllBytes(path);
        ulong size = bytes.Length >= 8 ? BinaryPrimitives.ReadUInt64LittleEndian(bytes) : ulong.MaxValue;
        if (size > (ulong)(bytes.Length - 8))
            throw new UserInputException($"'{path}' is not a safetensors file (its header length does not fit the file)");
        int start = 8 + (int)size;
        var tensors = new Dictionary<string, SafeTensor>();
        var metadata = new Dictionary<string, string>();
        using var header = JsonDocument.Parse(bytes.AsMemory(8, (int)size));
        foreach (var entry in header.RootElement.EnumerateObject())
        {
            if (entry.Name == MetadataKey)
            {
                foreach (var item in entry.Value.EnumerateObject())
                    metadata[item.Name] = item.Value.GetString() ?? "";
                continue;
            }
            var offsets = entry.Value.GetProperty("data_offsets").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            var shape = entry.Value.GetProperty("shape").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            if (offsets[0] < 0 || offsets[1] < offsets[0] || start + offsets[1] > bytes.Length)
                throw new UserInputException($"'{path}': tensor {entry.Name} points outside the file");
            var data = bytes.AsSpan(start + (int)offsets[0], (int)(offsets[1] - offsets[0])).ToArray();
            tensors[entry.Name] = new SafeTensor(entry.Name, entry.Value.GetProperty("dtype").GetString()!, shape, data);
        }
        return (tensors, metadata);
    }
}
