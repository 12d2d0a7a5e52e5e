using System.Text.Json;
using ContrastiveTool.Cli;
using ContrastiveTool.Tests.Cli;
using ContrastiveTool.Tests.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace ContrastiveTool.Tests.Evaluation;

/// <summary><c>contrastive eval --qrels --run</c> through the real parser.</summary>
public sealed class EvalVerbTests
{
    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "eval", name);

    [Fact]
    public void Eval_Help_MatchesSnapshot()
    {
        var result = CliRunner.Run("eval", "--help");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Snapshot.Match(CliOutput.Scrub(result.Output));
    }

    [Fact]
    public void Eval_ReferenceFixture_TableMatchesSnapshot()
    {
        var result = CliRunner.Run("eval", "--qrels", FixturePath("qrels.txt"), "--run", FixturePath("run.txt"), "--metrics", "mrr@10,ndcg@10,map@10,recall@10");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Snapshot.Match(CliOutput.Scrub(result.Output));
    }

    [Fact]
    public void Eval_JsonAndPerQuery_MeansMatchTheReferenceAndOneRowPerQuery()
    {
        using var folder = new TempFolder();
        string perQuery = folder.File("pq.tsv");
        var result = CliRunner.Run("eval", "--qrels", FixturePath("qrels.txt"), "--run", FixturePath("run.txt"),
            "--metrics", "ndcg@10,map@10", "--per-query", perQuery, "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        using var expected = JsonDocument.Parse(File.ReadAllText(FixturePath("expected-standard.json")));
        double want = expected.RootElement.GetProperty("metrics").GetProperty("ndcg@10").GetProperty("mean").GetDouble();
        Assert.Equal(want, json.RootElement.GetProperty("metrics").GetProperty("ndcg@10").GetDouble(), 6);
        Assert.Equal(33, json.RootElement.GetProperty("queries").GetProperty("evaluated").GetInt32());
        var lines = File.ReadAllLines(perQuery);
        Assert.Equal("query\tndcg@10\tmap@10", lines[0]);
        Assert.Equal(34, lines.Length);
    }

    [Fact]
    public void Eval_BadRunLines_ExitsOneAndWritesRejectsWithLineNumbers()
    {
        using var folder = new TempFolder();
        string qrels = folder.Write("qrels.txt", "q1 0 d1 1\n");
        string run = folder.Write("run.txt", "q1 Q0 d1 1 0.9 t\nq1 Q0 d2 2 high t\nq1 Q0 d3 3\n");
        var result = CliRunner.Run("eval", "--qrels", qrels, "--run", run);
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("2 of 3 lines", result.Errors);
        var rejects = File.ReadAllLines(folder.File("run.rejects.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([2, 3], rejects.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(["bad score", "wrong number of fields"], rejects.Select(r => r.GetProperty("reason").GetString()));
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("eval", "--qrels", qrels, "--run", run, "--max-reject-ratio", "0.7").ExitCode);
    }

    [Theory]
    [InlineData("--metrics", "ndgc@10", "did you mean 'ndcg'")]
    [InlineData("--gain", "expo", "unknown --gain")]
    public void Eval_BadOption_ExitsOneWithTheFix(string option, string value, string message)
    {
        var result = CliRunner.Run("eval", "--qrels", FixturePath("qrels.txt"), "--run", FixturePath("run.txt"), option, value);
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(message, result.Errors);
    }

    [Fact]
    public void Eval_NoFiles_ExitsOneAndSaysWhatToGive()
    {
        var result = CliRunner.Run("eval");
        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("--qrels", result.Errors);
    }
}
