using System.Globalization;
using System.Text;

namespace ContrastiveTool.Core.Evaluation;

/// <summary>Writes every query's value of every metric: a tab-separated table, header <c>query  mrr@10  ndcg@10 …</c>.</summary>
/// <remarks>Written to a temporary file and renamed, so an interrupted run leaves no half-written table. Values
/// with 6 decimals, like trec_eval's <c>-q</c> output.</remarks>
public static class PerQueryTableWriter
{
    public static void Write(string path, EvaluationResult result)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(result);
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temporary = full + ".partial";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            writer.Write("query");
            foreach (var metric in result.Metrics)
                writer.Write("\t" + metric.Label);
            writer.Write('\n');
            for (int q = 0; q < result.QueryIds.Count; q++)
            {
                writer.Write(result.QueryIds[q]);
                foreach (var metric in result.Metrics)
                    writer.Write("\t" + metric.PerQuery[q].ToString("F6", CultureInfo.InvariantCulture));
                writer.Write('\n');
            }
        }
        File.Move(temporary, full, overwrite: true);
    }
}
