using System.Globalization;
using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core.Evaluation.Statistics;
using ContrastiveTool.Core.Evaluation.Trec;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.Eval;

/// <summary>How a judged run is shown to people (a table and the query counts) and to programs (a JSON object).</summary>
public static class EvalResultView
{
    public sealed record QueryCounts(int Evaluated, int ExcludedNoRelevant, int RunOnly, int MissingFromRun);

    public sealed record Summary(
        IReadOnlyDictionary<string, double> Metrics, IReadOnlyList<MetricSummary> Statistics, QueryCounts Queries,
        string Gain, string MapDenominator, bool SeedCompat, ReadReportView.Summary Qrels, ReadReportView.Summary Run, string? PerQueryFile);

    public static Summary Summarise(EvalSettings settings, TrecEvaluation.Result result, IReadOnlyList<MetricSummary> summaries,
        ReadSession qrels, ReadSession run)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(result);
        var options = settings.Options;
        return new Summary(
            result.Evaluation.Metrics.ToDictionary(m => m.Label, m => Math.Round(m.Mean, 6)),
            summaries.Select(Rounded).ToList(), Counts(result),
            options.Gain.ToString().ToLowerInvariant(), settings.MapDenominator, options.SeedCompat,
            ReadReportView.Summarise(settings.Qrels!, "trec-qrels", qrels), ReadReportView.Summarise(settings.Run!, "trec-run", run),
            settings.PerQuery);
    }

    public static void Render(IAnsiConsole console, EvalSettings settings, TrecEvaluation.Result result,
        IReadOnlyList<MetricSummary> summaries, ReadSession qrels, ReadSession run)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(result);
        var table = new Table().Border(TableBorder.Rounded).AddColumns("metric", "mean", "std", "95 % CI (bootstrap)");
        foreach (var s in summaries)
            table.AddRow(s.Label, F(s.Mean), F(s.StandardDeviation), $"[[{F(s.Lower)}, {F(s.Upper)}]]");
        console.Write(table);
        var counts = Counts(result);
        console.MarkupLineInterpolated(
            $"queries evaluated: {counts.Evaluated}; without a relevant document (excluded): {counts.ExcludedNoRelevant}; in the run only (ignored): {counts.RunOnly}; judged but not in the run (ignored): {counts.MissingFromRun}");
        if (settings.SeedCompat)
            console.MarkupLine("[yellow]--seed-compat:[/] NDCG and MAP use the seed project's definitions, not trec_eval's.");
        foreach (var (file, session) in new[] { (settings.Qrels!, qrels), (settings.Run!, run) })
            if (session.Report.Rejected > 0)
                ReadReportView.Render(console, file, file == settings.Qrels ? "trec-qrels" : "trec-run", session);
        if (settings.PerQuery is { } perQuery)
            console.MarkupLineInterpolated($"per-query values: {perQuery}");
    }

    private static QueryCounts Counts(TrecEvaluation.Result result) => new(result.Evaluation.QueryIds.Count,
        result.Evaluation.ExcludedQueries.Count, result.RunQueriesWithoutJudgments, result.JudgedQueriesMissingFromRun);

    private static MetricSummary Rounded(MetricSummary s) => s with
    {
        Mean = Math.Round(s.Mean, 6), StandardDeviation = Math.Round(s.StandardDeviation, 6),
        Lower = Math.Round(s.Lower, 6), Upper = Math.Round(s.Upper, 6),
    };

    private static string F(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
