using System.Text.Json;
using ContrastiveTool.Core.Evaluation.Statistics;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>Reads a metrics file — the JSON object <c>contrastive eval --json</c> prints — as one system of a report.</summary>
/// <remarks>
/// Uses <c>statistics</c> (label, mean, standard_deviation, lower, upper, queries per metric); a file with only
/// <c>metrics</c> (label → mean) gets intervals of zero width. When <c>per_query_file</c> names a table, it is read too
/// (a relative path is looked up beside the metrics file first, then in the current folder); a named table that is
/// missing is an error, since the paired test would silently disappear.
/// </remarks>
public static class MetricsFileReader
{
    /// <param name="path">The metrics file.</param>
    /// <param name="name">The system's name; by default the file name without extension.</param>
    /// <exception cref="UserInputException">A missing or malformed file, or a missing per-query table.</exception>
    public static SystemMetrics Read(string path, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new UserInputException($"no such metrics file: '{path}' (current folder: {Environment.CurrentDirectory})");
        name ??= Path.GetFileNameWithoutExtension(path);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            var summaries = root.TryGetProperty("statistics", out var statistics) ? statistics.EnumerateArray().Select(Summary).ToList()
                : root.TryGetProperty("metrics", out var metrics) ? metrics.EnumerateObject().Select(m => MeanOnly(m, Evaluated(root))).ToList()
                : throw new UserInputException($"'{path}' has neither `statistics` nor `metrics`: is it the output of `contrastive eval --json`?");
            EvaluationResult? perQuery = root.TryGetProperty("per_query_file", out var table) && table.ValueKind == JsonValueKind.String
                ? PerQueryTableReader.Read(Locate(table.GetString()!, path)) : null;
            return new SystemMetrics(name, summaries, perQuery);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new UserInputException($"'{path}' is not a metrics file of `contrastive eval --json`: {e.Message}", e);
        }
    }

    private static MetricSummary Summary(JsonElement s) => new(
        s.GetProperty("label").GetString()!, s.GetProperty("mean").GetDouble(), s.GetProperty("standard_deviation").GetDouble(),
        s.GetProperty("lower").GetDouble(), s.GetProperty("upper").GetDouble(), s.GetProperty("queries").GetInt32());

    private static MetricSummary MeanOnly(JsonProperty metric, int queries)
    {
        double mean = metric.Value.GetDouble();
        return new MetricSummary(metric.Name, mean, 0, mean, mean, queries);
    }

    private static int Evaluated(JsonElement root) =>
        root.TryGetProperty("queries", out var q) && q.TryGetProperty("evaluated", out var n) ? n.GetInt32() : 0;

    private static string Locate(string table, string metricsFile)
    {
        if (Path.IsPathRooted(table))
            return File.Exists(table) ? table : throw Missing(table, metricsFile);
        string beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(metricsFile))!, table);
        return File.Exists(beside) ? beside : File.Exists(table) ? Path.GetFullPath(table) : throw Missing(table, metricsFile);
    }

    private static UserInputException Missing(string table, string metricsFile) =>
        new($"'{metricsFile}' names the per-query table '{table}', which is not beside it nor in the current folder; move it there or drop `per_query_file`");
}
