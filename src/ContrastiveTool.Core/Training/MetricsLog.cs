using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContrastiveTool.Core.Training;

/// <summary><c>metrics.jsonl</c>: one JSON object per training step (<c>"kind": "train"</c>: step, epoch, stage, loss, learning
/// rate, gradient norm, batch metrics, docs seen) and per evaluation (<c>"kind": "eval"</c>: step, eval metrics, docs seen).</summary>
/// <remarks>No wall times, so two runs with one seed write identical files. Each line is flushed as written; a resume first
/// drops the lines after its checkpoint's step.</remarks>
public sealed class MetricsLog : IDisposable
{
    public const string FileName = "metrics.jsonl";
    private readonly StreamWriter _writer;

    private MetricsLog(StreamWriter writer) => _writer = writer;

    /// <summary>A new file in <paramref name="outputDir"/>, or the existing one cut back to steps ≤ <paramref name="resumeStep"/>.</summary>
    public static MetricsLog Open(string outputDir, int? resumeStep)
    {
        string path = Path.Combine(outputDir, FileName);
        var kept = resumeStep is int step && File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.Length > 0 && JsonNode.Parse(l)!["step"]!.GetValue<int>() <= step).ToList()
            : [];
        File.WriteAllLines(path, kept);
        return new MetricsLog(new StreamWriter(path, append: true) { AutoFlush = true });
    }

    public void Write(JsonObject line)
    {
        ArgumentNullException.ThrowIfNull(line);
        _writer.WriteLine(line.ToJsonString(new JsonSerializerOptions { Encoder = Data.JsonOutput.ReadableEncoder }));
    }

    /// <summary>Metrics as a JSON object with values rounded to 6 decimals (enough to compare, stable to print).</summary>
    public static JsonObject Values(IReadOnlyDictionary<string, double> values) =>
        new(values.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)JsonValue.Create(Math.Round(v.Value, 6)))));

    public void Dispose() => _writer.Dispose();
}
