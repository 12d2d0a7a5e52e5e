using System.Text.Json;
using System.Text.Json.Nodes;
using ContrastiveTool.Core.Data;
using ContrastiveTool.Core.Evaluation.Statistics;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>Writes one system's evaluation as the metrics file <see cref="MetricsFileReader"/> reads back: <c>metrics.json</c>
/// (the describing fields, <c>queries</c>, <c>metrics</c> label → mean, <c>statistics</c> with bootstrap intervals and
/// <c>per_query_file</c>) and the per-query table beside it, so <c>contrastive report</c> can run its paired test.</summary>
/// <remarks>Both files are written through temporary files and renamed into place (table first), so an interrupted run
/// leaves no metrics file that names a missing table. Means are rounded to 6 decimals in <c>metrics</c>, as <c>eval --json</c>.</remarks>
public static class MetricsFileWriter
{
    /// <summary>The per-query table's file name, beside the metrics file.</summary>
    public const string PerQueryFile = "per-query.tsv";

    /// <summary>The metrics file's name.</summary>
    public const string FileName = "metrics.json";

    /// <param name="folder">Gets <c>metrics.json</c> and <c>per-query.tsv</c>; created if missing.</param>
    /// <param name="result">Every query's value of every metric.</param>
    /// <param name="bootstrap">Computes each metric's interval (seeded).</param>
    /// <param name="fields">Describing fields written first (model, data, evaluator, ...); values must serialise to JSON.</param>
    /// <returns>The metrics file's path and the summaries written.</returns>
    public static (string Path, IReadOnlyList<MetricSummary> Summaries) Write(string folder, EvaluationResult result, Bootstrap bootstrap,
        IReadOnlyDictionary<string, object?>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(bootstrap);
        var summaries = result.Metrics.Select(bootstrap.Summarise).ToList();
        return (Write(folder, result, summaries, fields), summaries);
    }

    /// <summary>Writes a system described by its <paramref name="model"/>, <paramref name="data"/> and
    /// <paramref name="evaluator"/> with summaries computed beforehand; returns the metrics file's path.</summary>
    public static string Write(string folder, string model, string data, string evaluator, EvaluationResult result,
                               IReadOnlyList<MetricSummary> summaries) =>
        Write(folder, result, summaries, new Dictionary<string, object?> { ["model"] = model, ["data"] = data, ["evaluator"] = evaluator });

    private static string Write(string folder, EvaluationResult result, IReadOnlyList<MetricSummary> summaries,
                                IReadOnlyDictionary<string, object?>? fields)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(summaries);
        string full = Directory.CreateDirectory(folder).FullName;
        PerQueryTableWriter.Write(Path.Combine(full, PerQueryFile), result);

        var root = new JsonObject();
        foreach (var (key, value) in fields ?? new Dictionary<string, object?>())
            root[key] = JsonSerializer.SerializeToNode(value, JsonOutput.Indented);
        root["queries"] = new JsonObject { ["evaluated"] = result.QueryIds.Count, ["excluded_no_relevant"] = result.ExcludedQueries.Count };
        root["metrics"] = new JsonObject(summaries.Select(s => KeyValuePair.Create(s.Label, (JsonNode?)Math.Round(s.Mean, 6))));
        root["statistics"] = JsonSerializer.SerializeToNode(summaries, JsonOutput.Indented);
        root["per_query_file"] = PerQueryFile;

        string path = Path.Combine(full, FileName);
        string temporary = path + ".partial";
        File.WriteAllText(temporary, root.ToJsonString(JsonOutput.Indented));
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
