using System.Text.Json;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>Reads one quantity per step from a trainer's <c>metrics.jsonl</c> as a <see cref="LearningCurve"/>.</summary>
/// <remarks>
/// Each line is a JSON object with a numeric <c>step</c>; the quantity is named by a dotted path into it: <c>loss</c>
/// or <c>eval.mrr</c> for <c>{"step": 10, "loss": 0.52, "eval": {"mrr": 0.81}}</c>. Lines without the quantity are
/// skipped (evaluation runs only every N steps); blank lines are skipped. A malformed line, a line without a numeric
/// <c>step</c>, or a file where no line has the quantity is a <see cref="UserInputException"/> naming the file and line.
/// </remarks>
public static class MetricsLogReader
{
    /// <param name="path">The <c>metrics.jsonl</c> file.</param>
    /// <param name="quantity">The dotted path of the value, e.g. <c>loss</c> or <c>eval.mrr</c>.</param>
    /// <param name="run">The run's name; by default the name of the folder holding the file.</param>
    public static LearningCurve Read(string path, string quantity, string? run = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(quantity);
        if (!File.Exists(path))
            throw new UserInputException($"no such metrics log: '{path}' (current folder: {Environment.CurrentDirectory})");
        run ??= Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? path;
        string[] keys = quantity.Split('.');
        var points = new List<(long, double)>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
                continue;
            using var row = Parse(line, path, lineNumber);
            var root = row.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("step", out var step) || !step.TryGetInt64(out long at))
                throw new UserInputException($"{path}:{lineNumber}: not a metrics line: expected an object with a whole-number \"step\"");
            if (Find(root, keys) is { ValueKind: JsonValueKind.Number } value)
                points.Add((at, value.GetDouble()));
        }
        if (points.Count == 0)
            throw new UserInputException($"'{path}' has no line with '{quantity}': name a numeric field of its lines, e.g. loss or eval.mrr");
        return new LearningCurve(run, points);
    }

    private static JsonDocument Parse(string line, string path, int lineNumber)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new UserInputException($"{path}:{lineNumber}: not JSON ({e.Message})", e);
        }
    }

    private static JsonElement? Find(JsonElement element, string[] keys)
    {
        foreach (string key in keys)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(key, out element))
                return null;
        }
        return element;
    }
}
