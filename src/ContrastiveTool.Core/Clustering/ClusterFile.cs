using System.Text.Json;
using System.Text.Json.Nodes;
using ContrastiveTool.Core.Models.Checkpoints;

namespace ContrastiveTool.Core.Clustering;

/// <summary>The <c>cluster</c> verb's output: <c>clusters.json</c> (k, inertia, sizes, id → cluster) and the centroids
/// in <c>clusters.centroids.safetensors</c> (<c>centroids [k, d]</c> float32) beside it.</summary>
/// <remarks>JSON: <c>{"k": 3, "dimension": 384, "inertia": 12.5, "sizes": [..], "centroids": "clusters.centroids.safetensors",
/// "assignments": {"id": cluster, ...}}</c>, assignments in embeddings-file order. Both files go through temp files,
/// so an interrupted write leaves neither half-written.</remarks>
public static class ClusterFile
{
    public const string CentroidsTensor = "centroids";

    /// <summary>The centroids path beside <paramref name="jsonPath"/>.</summary>
    public static string CentroidsPath(string jsonPath)
    {
        ArgumentNullException.ThrowIfNull(jsonPath);
        string stem = jsonPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? jsonPath[..^".json".Length] : jsonPath;
        return stem + ".centroids.safetensors";
    }

    /// <summary>Writes the clustering of the vectors named <paramref name="ids"/>.</summary>
    public static void Write(string jsonPath, ClusterResult clusters, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count != clusters.Assignments.Length)
            throw new ArgumentException($"{ids.Count} ids for {clusters.Assignments.Length} assignments", nameof(ids));
        string centroidsPath = CentroidsPath(jsonPath);
        SafeTensorsFile.Write(centroidsPath, [SafeTensor.FromFloats(CentroidsTensor, [clusters.K, clusters.Dimension], clusters.Centroids)]);
        var assignments = new JsonObject();
        for (int i = 0; i < ids.Count; i++)
            assignments[ids[i]] = clusters.Assignments[i];
        var root = new JsonObject
        {
            ["k"] = clusters.K,
            ["dimension"] = clusters.Dimension,
            ["inertia"] = clusters.Inertia,
            ["sizes"] = new JsonArray(clusters.Sizes.Select(s => (JsonNode?)s).ToArray()),
            ["centroids"] = Path.GetFileName(centroidsPath),
            ["assignments"] = assignments,
        };
        string temporary = jsonPath + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temporary, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temporary, jsonPath, overwrite: true);
    }

    /// <summary>Reads a clustering back; <paramref name="ids"/> gives the row order of the returned assignments.</summary>
    /// <exception cref="UserInputException">The file is malformed, or an id has no cluster.</exception>
    public static ClusterResult Read(string jsonPath, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (!File.Exists(jsonPath))
            throw new UserInputException($"no such clusters file: '{jsonPath}' (write one with `contrastive cluster`)");
        var root = JsonNode.Parse(File.ReadAllText(jsonPath)) as JsonObject
                   ?? throw new UserInputException($"'{jsonPath}' is not a clusters file (expected a JSON object)");
        string centroidsPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(jsonPath))!, (string?)root["centroids"] ?? "");
        if (!File.Exists(centroidsPath))
            throw new UserInputException($"'{jsonPath}' names centroids '{centroidsPath}', which does not exist");
        var (tensors, _) = SafeTensorsFile.Read(centroidsPath);
        if (!tensors.TryGetValue(CentroidsTensor, out var centroids) || centroids.Shape.Length != 2)
            throw new UserInputException($"'{centroidsPath}' has no 2-D '{CentroidsTensor}' tensor");
        var map = root["assignments"] as JsonObject ?? throw new UserInputException($"'{jsonPath}' has no 'assignments' object");
        var assignments = new int[ids.Count];
        for (int i = 0; i < ids.Count; i++)
        {
            if (map[ids[i]] is not JsonValue value || !value.TryGetValue(out int cluster) || cluster < 0 || cluster >= centroids.Shape[0])
                throw new UserInputException($"'{jsonPath}' gives no valid cluster for '{ids[i]}'; cluster the same embeddings you mine with");
            assignments[i] = cluster;
        }
        return new ClusterResult(assignments, centroids.ToFloats(), (int)centroids.Shape[1], (double?)root["inertia"] ?? double.NaN);
    }
}
