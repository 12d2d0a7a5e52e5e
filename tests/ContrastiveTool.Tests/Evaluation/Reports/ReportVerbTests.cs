using ContrastiveTool.Cli;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Evaluation.Reports;

/// <summary><c>contrastive report</c> through the real parser, on metrics files that <c>contrastive eval --json</c> wrote.</summary>
public sealed class ReportVerbTests
{
    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "eval", name);

    /// <summary>Runs <c>eval --json --per-query</c> on the reference fixture (or on <paramref name="run"/>) and saves the JSON as
    /// <paramref name="name"/>.json in <paramref name="folder"/>; the per-query table is named relative to the folder.</summary>
    private static string Evaluate(TempFolder folder, string name, string? run = null)
    {
        var result = CliRunner.Run("eval", "--qrels", FixturePath("qrels.txt"), "--run", run ?? FixturePath("run.txt"),
            "--metrics", "mrr@10,ndcg@10", "--per-query", folder.File(name + ".tsv"), "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        return folder.Write(name + ".json", result.Output.Replace(folder.File(name + ".tsv"), name + ".tsv", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_TwoEvalOutputs_WritesEveryFileAndTestsThePair()
    {
        using var folder = new TempFolder();
        var reversed = File.ReadAllLines(FixturePath("run.txt")).Select(l => l.Split(' ')).Select(f => string.Join(' ', f[0], f[1], f[2], f[3], (-double.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture), f[5]));
        string worse = folder.Write("reversed.txt", string.Join('\n', reversed) + "\n");
        string a = Evaluate(folder, "reference"), b = Evaluate(folder, "reversed", worse);
        string output = folder.File("out");
        var result = CliRunner.Run("report", a, b, "-o", output, "--names", "ref,rev");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(["mrr-at-10.png", "ndcg-at-10.png", "report.csv", "report.md", "report.png"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        string markdown = File.ReadAllText(Path.Combine(output, "report.md"));
        Assert.Contains("| ref | 33 | **0.3182** [", markdown, StringComparison.Ordinal);
        Assert.Contains("- ref vs rev (33 queries): mrr@10 p ", markdown, StringComparison.Ordinal);
        Assert.Contains("report.md", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_MetricsFileWithoutPerQuery_ReportsMeansAndSaysHowToGetTheTest()
    {
        using var folder = new TempFolder();
        string json = folder.Write("only.json", "{\"metrics\": {\"mrr@10\": 0.5}, \"queries\": {\"evaluated\": 12}}");
        string other = folder.Write("other.json", "{\"metrics\": {\"mrr@10\": 0.25}}");
        var result = CliRunner.Run("report", json, other, "-o", folder.File("out"));
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        string markdown = File.ReadAllText(folder.File("out/report.md"));
        Assert.Contains("| only | 12 | **0.5000** [0.5000, 0.5000] |", markdown, StringComparison.Ordinal);
        Assert.Contains("--per-query", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"nothing\": 1}", "neither `statistics` nor `metrics`")]
    [InlineData("not json", "is not a metrics file")]
    [InlineData("{\"metrics\": {\"mrr@10\": 0.5}, \"per_query_file\": \"gone.tsv\"}", "gone.tsv")]
    public void Report_BadMetricsFile_ExitsOneAndSaysWhy(string content, string message)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("report", folder.Write("bad.json", content), "-o", folder.File("out"));
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(message, result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--names", "a,b", "2 names for 1 metrics file")]
    [InlineData("--permutations", "5", "at least 100")]
    public void Report_BadOption_ExitsOneWithTheFix(string option, string value, string message)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("report", folder.Write("a.json", "{\"metrics\": {}}"), option, value);
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(message, result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_MissingFile_ExitsOneNamingIt()
    {
        var result = CliRunner.Run("report", "no-such.json");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("no-such.json", result.Errors, StringComparison.Ordinal);
    }
}
