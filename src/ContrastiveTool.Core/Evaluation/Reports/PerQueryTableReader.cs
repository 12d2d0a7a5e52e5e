using System.Globalization;

namespace ContrastiveTool.Core.Evaluation.Reports;

/// <summary>Reads the per-query table that <see cref="PerQueryTableWriter"/> writes (<c>eval --per-query</c>) back into
/// an <see cref="EvaluationResult"/>: header <c>query  mrr@10  ndcg@10 …</c>, then one row per evaluated query.</summary>
public static class PerQueryTableReader
{
    /// <exception cref="UserInputException">No header, a row with the wrong number of fields, or a value that is not a number.</exception>
    public static EvaluationResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        string[] header = reader.ReadLine()?.Split('\t') ?? [];
        if (header.Length < 2 || header[0] != "query")
            throw new UserInputException($"'{path}' is not a per-query table: its first line must be `query<TAB>metric…` (eval --per-query writes one)");
        var ids = new List<string>();
        var values = header.Skip(1).Select(_ => new List<double>()).ToList();
        int line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
                continue;
            string[] fields = text.Split('\t');
            if (fields.Length != header.Length)
                throw new UserInputException($"{path}, line {line}: {fields.Length} fields, the header has {header.Length}");
            ids.Add(fields[0]);
            for (int m = 0; m < values.Count; m++)
                values[m].Add(double.TryParse(fields[m + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v
                    : throw new UserInputException($"{path}, line {line}: '{fields[m + 1]}' is not a number ({header[m + 1]})"));
        }
        return new EvaluationResult(ids, [], header.Skip(1).Select((label, m) => new MetricScores(label, values[m])).ToList());
    }
}
