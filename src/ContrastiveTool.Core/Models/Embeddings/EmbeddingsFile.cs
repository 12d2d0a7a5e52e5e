using System.Text.Json;
using ContrastiveTool.Core.Models.Checkpoints;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Models.Embeddings;

/// <summary>The embeddings file of DESIGN.md §2: <c>.safetensors</c> with <c>embeddings [n, d]</c> float32, and the
/// row ids in a JSON sidecar (<c>emb.safetensors</c> → <c>emb.ids.json</c>, an array of strings, row order).</summary>
/// <remarks>Metadata records the model name and max length. Python reads it with <c>safetensors.numpy.load_file</c>
/// (or by hand: 8-byte header length, JSON header, raw data; see scripts/models/safetensors_check.py).</remarks>
public static class EmbeddingsFile
{
    public const string TensorName = "embeddings";

    /// <summary>The ids sidecar path for <paramref name="path"/>.</summary>
    public static string IdsPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string stem = path.EndsWith(".safetensors", StringComparison.OrdinalIgnoreCase) ? path[..^".safetensors".Length] : path;
        return stem + ".ids.json";
    }

    /// <summary>Writes the matrix and its ids (sidecar first, both via temp files).</summary>
    public static void Write(string path, EmbeddingMatrix matrix, IReadOnlyList<string> ids, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count != matrix.Count)
            throw new ArgumentException($"{ids.Count} ids for {matrix.Count} embeddings", nameof(ids));
        string idsPath = IdsPath(path);
        string temporary = idsPath + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temporary, JsonSerializer.Serialize(ids));
        File.Move(temporary, idsPath, overwrite: true);
        var tensor = SafeTensor.FromFloats(TensorName, [matrix.Count, matrix.Dimension], matrix.Values);
        SafeTensorsFile.Write(path, [tensor], metadata);
    }

    /// <summary>Reads an embeddings file and its ids sidecar.</summary>
    /// <exception cref="UserInputException">No <c>embeddings</c> tensor, or the sidecar is missing or has a different count.</exception>
    public static (EmbeddingMatrix Matrix, IReadOnlyList<string> Ids) Read(string path)
    {
        var (tensors, _) = SafeTensorsFile.Read(path);
        if (!tensors.TryGetValue(TensorName, out var tensor) || tensor.Shape.Length != 2)
            throw new UserInputException($"'{path}' has no 2-D '{TensorName}' tensor; write one with `contrastive embed`");
        string idsPath = IdsPath(path);
        if (!File.Exists(idsPath))
            throw new UserInputException($"'{path}' has no ids sidecar '{idsPath}'");
        var ids = JsonSerializer.Deserialize<string[]>(File.ReadAllText(idsPath)) ?? [];
        var matrix = new EmbeddingMatrix(tensor.ToFloats(), (int)tensor.Shape[0], (int)tensor.Shape[1]);
        if (ids.Length != matrix.Count)
            throw new UserInputException($"'{idsPath}' has {ids.Length} ids for {matrix.Count} embeddings");
        return (matrix, ids);
    }
}
