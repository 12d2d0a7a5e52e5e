using System.Globalization;
using ContrastiveTool.Core.Evaluation;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Evaluation.Reports;

/// <summary>The files a report writes: charts that are real PNGs, a CSV that gives the numbers back, a per-query table that round-trips.</summary>
public sealed class ReportFilesTests
{
    [Fact]
    public void Write_ThreeSystems_WritesMarkdownCsvAndOneValidPngPerMetricPlusTheOverview()
    {
        using var folder = new TempFolder();
        var report = ComparisonReport.Build(ReportSystems.Three());
        var written = ReportFolderWriter.Write(report, folder.Path).Select(Path.GetFileName).ToList();
        Assert.Equal(["report.md", "report.csv", "map-at-10.png", "mrr-at-10.png", "ndcg-at-10.png", "recall-at-10.png", "report.png"], written);
        Assert.Equal(written.Order(StringComparer.Ordinal), Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string png in written.OfType<string>().Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
        {
            byte[] bytes = File.ReadAllBytes(folder.File(png));
            Assert.True(bytes.Length > 10_000, $"{png}: only {bytes.Length} bytes (text and bars missing?)");
            Assert.Equal((1000, 600), PngFile.Size(bytes));
        }
    }

    [Fact]
    public void Render_Csv_ParsesBackToTheSameNumbers()
    {
        var systems = ReportSystems.Three();
        var rows = CsvReportWriter.Render(ComparisonReport.Build(systems)).TrimEnd('\n').Split('\n');
        Assert.Equal(string.Join(',', CsvReportWriter.Columns), rows[0]);
        var expected = systems.SelectMany(s => s.Summaries.Select(m => (s.Name, m))).ToList();
        Assert.Equal(expected.Count, rows.Length - 1);
        foreach (var (row, (name, summary)) in rows.Skip(1).Zip(expected))
        {
            string[] f = row.Split(',');
            Assert.Equal((name, summary.Label), (f[0], f[1]));
            double[] numbers = f[2..6].Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal([summary.Mean, summary.StandardDeviation, summary.Lower, summary.Upper], numbers);
            Assert.Equal(summary.Queries, int.Parse(f[6], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Render_CsvNameWithCommaAndQuote_IsQuoted()
    {
        var system = ReportSystems.Three()[2] with { Name = "bm25, \"tuned\"" };
        string csv = CsvReportWriter.Render(ComparisonReport.Build([system]));
        Assert.StartsWith("\"bm25, \"\"tuned\"\"\",mrr@10,", csv.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PerQueryTableWrittenByTheWriter_RoundTripsAt6Decimals()
    {
        using var folder = new TempFolder();
        var original = ReportSystems.PerQuery(("mrr@10", [1, 0.5, 1.0 / 3, 0, 0.25, 0.2, 1, 0]), ("ndcg@10", [0.123456789, 0, 1, 0.5, 0.5, 0, 0, 1]));
        PerQueryTableWriter.Write(folder.File("pq.tsv"), original);
        var read = PerQueryTableReader.Read(folder.File("pq.tsv"));
        Assert.Equal(original.QueryIds, read.QueryIds);
        Assert.Equal(original.Metrics.Select(m => m.Label), read.Metrics.Select(m => m.Label));
        foreach (var (a, b) in original.Metrics.Zip(read.Metrics))
            Assert.All(a.PerQuery.Zip(b.PerQuery), p => Assert.Equal(p.First, p.Second, 6));
    }
}
