using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Evaluation.Metrics;

namespace ContrastiveTool.Core.Evaluation.Trec;

/// <summary>Judges a TREC run file against a qrels file: read both (bad lines to the rejects), rank as trec_eval, evaluate.</summary>
public static class TrecEvaluation
{
    /// <summary>The result of judging one run.</summary>
    /// <param name="Evaluation">Per-query and mean metrics over the queries in both files with a relevant document.</param>
    /// <param name="RunQueriesWithoutJudgments">Run queries the qrels never mention (ignored).</param>
    /// <param name="JudgedQueriesMissingFromRun">Qrels queries the run has no line for (ignored).</param>
    public sealed record Result(EvaluationResult Evaluation, int RunQueriesWithoutJudgments, int JudgedQueriesMissingFromRun);

    /// <summary>Evaluates <paramref name="runPath"/> on <paramref name="qrelsPath"/>; each file's reads are counted in its report.</summary>
    public static Result Evaluate(string qrelsPath, string runPath, IReadOnlyList<MetricSpec> metrics, MetricOptions options,
        ReadReport qrelsReport, ReadReport runReport, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var queries = new IdTable();
        var documents = new IdTable();
        var qrels = TrecQrelsReader.Read(qrelsPath, queries, documents, qrelsReport, cancellationToken);
        var run = TrecRunReader.Read(runPath, queries, documents, runReport, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var judged = TrecRanking.Judge(qrels, run, queries, documents, RankingEvaluation.DepthFor(metrics));
        using var ranked = judged.Ranked;
        var evaluation = RankingEvaluation.Evaluate(ranked, metrics, options);
        return new Result(evaluation, judged.RunQueriesWithoutJudgments, judged.JudgedQueriesMissingFromRun);
    }
}
