using System.Text;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Evaluation;
using ContrastiveTool.Core.Evaluation.Metrics;
using ContrastiveTool.Core.Evaluation.Trec;

namespace ContrastiveTool.Tests.Evaluation;

/// <summary>The TREC readers: every reject reason with its line, and trec_eval's ordering (score ↓, docid ↓, rank ignored).</summary>
public sealed class TrecReaderTests
{
    private sealed class Rejects : IRejectSink
    {
        public List<RejectedRow> Rows { get; } = [];
        public void Add(RejectedRow row) => Rows.Add(row);
    }

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void ReadQrels_BadLines_RejectedWithLineAndReason()
    {
        var rejects = new Rejects();
        var report = new ReadReport(rejects);
        var qrels = TrecQrelsReader.Read(Text("q1 0 d1 1\nq1 0 d2\n\nq1 0 d3 high\nq1 0 d1 2\nq2 0 d1 -1\n"),
            new IdTable(), new IdTable(), report);
        Assert.Equal(2, qrels.Count);
        Assert.Equal(2, report.Good);
        Assert.Equal(1, report.BlankLines);
        Assert.Equal([(2L, TrecRejectReasons.FieldCount), (4L, TrecRejectReasons.BadRelevance), (5L, TrecRejectReasons.DuplicateJudgment)],
            rejects.Rows.Select(r => (r.Line, r.Reason)));
        Assert.Equal("q1 0 d3 high", rejects.Rows[1].Raw);
    }

    [Fact]
    public void ReadRun_BadLines_RejectedWithLineAndReason()
    {
        var rejects = new Rejects();
        var report = new ReadReport(rejects);
        var run = TrecRunReader.Read(Text("q1 Q0 d1 1 2.5 t\nq1 Q0 d2 2 nan t\nq1 Q0 d1 3 1.0 t\nq1 Q0 d3 4 1e-2 t\nq1 Q0 d4 5 1.0\n"),
            new IdTable(), new IdTable(), report);
        Assert.Equal([2.5, 0.01], run.Scores);
        Assert.Equal([(2L, TrecRejectReasons.BadScore), (3L, TrecRejectReasons.DuplicateDocument), (5L, TrecRejectReasons.FieldCount)],
            rejects.Rows.Select(r => (r.Line, r.Reason)));
    }

    [Fact]
    public void Judge_TiedScores_DocidDescendingAndRankColumnIgnored()
    {
        // scores: c 2, a 1, b 1; ties by docid descending → c, b, a (the rank column says a first, ignored).
        // only a is relevant → rank 3, RR = 1/3
        using var folder = new TestSupport.TempFolder();
        string qrels = folder.Write("qrels", "q 0 a 1\n");
        string run = folder.Write("run", "q Q0 a 1 1 t\nq Q0 b 2 1 t\nq Q0 c 3 2 t\n");
        var result = TrecEvaluation.Evaluate(qrels, run, MetricSpec.ParseList("mrr"), MetricOptions.Standard, new ReadReport(), new ReadReport());
        Assert.Equal([1.0 / 3], result.Evaluation["mrr"].PerQuery);
    }

    [Fact]
    public void Judge_QueriesInOneFileOnly_IgnoredAndCounted()
    {
        using var folder = new TestSupport.TempFolder();
        string qrels = folder.Write("qrels", "q1 0 a 1\nq2 0 a 1\n");
        string run = folder.Write("run", "q1 Q0 a 1 1 t\nq3 Q0 a 1 1 t\n");
        var result = TrecEvaluation.Evaluate(qrels, run, MetricSpec.ParseList("ndcg@10"), MetricOptions.Standard, new ReadReport(), new ReadReport());
        Assert.Equal(["q1"], result.Evaluation.QueryIds);
        Assert.Equal(1, result.RunQueriesWithoutJudgments);
        Assert.Equal(1, result.JudgedQueriesMissingFromRun);
        Assert.Equal(1.0, result.Evaluation["ndcg@10"].Mean);
    }
}
