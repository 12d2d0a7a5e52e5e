using System.Text.Json;
using ContrastiveTool.Core.Data;
using ContrastiveTool.Core.Evaluation.Statistics;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>Writes one evaluated system as <c>metrics.json</c> (the object <c>contrastive eval --json</c> prints, which
/// <see cref="MetricsFileReader"/> and <c>contrastive report</c> read) and <c>per-query.tsv</c> beside it.</summary>
/// <remarks>Fields: <c>model</c>, <c>data</c>, <c>evaluator</c>, <c>queries</c> (evaluated, excluded_no_relevant),
/// <c>metrics</c> (label → mean, 6 decimals), <c>statistics</c> (each <see cref="MetricSummary"/>), <c>per_query_file</c>.
/// Both files are written to temporary names and renamed, so an interrupted run leaves neither half-written.</remarks>
public static class MetricsFileWriter
{
    public const string FileName = "metrics.json";
    public const string PerQueryFileName = "per-query.tsv";

    /// <summary>Writes both files into <paramref name="folder"/> (created if missing) and returns the metrics file's path.</summary>
    /// <param name="folder">The system's folder.</param>
    /// <param name="model">The model's name or checkpoint folder.</param>
    /// <param name="data">What was evaluated (a file, or a description such as <c>quran test: en→ar</c>).</param>
    /// <param name="evaluator">The evaluator's name (<c>retrieval</c>).</param>
    /// <param name="result">Every query's values.</param>
    /// <param name="summaries">Each metric's mean and interval (<see cref="Bootstrap"/>).</param>
    public static string Write(string folder, string model, string data, string evaluator, EvaluationResult result,
                               IReadOnlyList<MetricSummary> summaries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(summaries);
        Directory.CreateDirectory(folder);
        PerQueryTableWriter.Write(Path.Combine(folder, PerQueryFileName), result);
        var json = new
        {
            model, data, evaluator,
            queries = new { evaluated = result.QueryIds.Count, excluded_no_relevant = result.ExcludedQueries.Count },
            metrics = summaries.ToDictionary(s => s.Label, s => Math.Round(s.Mean, 6)),
            statistics = summaries,
            per_query_file = PerQueryFileName,
        };
        string path = Path.Combine(folder, FileName);
        File.WriteAllText(path + ".partial", JsonSerializer.Serialize(json, JsonOutput.Indented));
        File.Move(path + ".partial", path, overwrite: true);
        return path;
    }
}
