using System.Globalization;
using System.Text.Json;
using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core.Data;
using ContrastiveTool.Core.Evaluation.Metrics;
using ContrastiveTool.Core.Evaluation.Standardized;
using ContrastiveTool.Core.Models.Encoders;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.Eval;

/// <summary><c>eval --model --data</c>: embeds a ranked-QA file with a model and prints the evaluator's views.</summary>
public sealed class ModelEvalRunner(IAnsiConsole console)
{
    public int Run(EvalSettings settings, CancellationToken cancellationToken)
    {
        using var session = new ReadSession(RejectsFile.DefaultPathFor(settings.Data!));
        var request = new ModelEvaluation.Request(settings.Model!, settings.Data!, MetricSpec.ParseList(settings.Metrics), settings.Options, new EncodeOptions(), settings.Evaluator, IndexKind: settings.IndexKind);
        if (!settings.Json && !settings.Quiet)
            console.MarkupLineInterpolated($"embedding {settings.Data} with {settings.Model} and judging the {settings.Evaluator} test ...");
        var result = ModelEvaluation.Run(request, session.Report, null, cancellationToken);
        session.Complete();
        var views = result.ToDictionary(v => v.Key, v => new
        {
            queries = v.Value.QueryIds.Count,
            metrics = v.Value.Metrics.ToDictionary(m => m.Label, m => Math.Round(m.Mean, 6)),
        });
        var summary = new { model = settings.Model, data = settings.Data, evaluator = settings.Evaluator, seed_compat = settings.SeedCompat,
                            read = ReadReportView.Summarise(settings.Data!, "qa", session), views };
        if (settings.Output is { } output)
            File.WriteAllText(output, JsonSerializer.Serialize(summary, JsonOutput.Indented));
        if (settings.Json)
            RawJson.Write(console, summary);
        else
            Render(result, settings);
        session.Report.EnsureRejectRatioAtMost(settings.MaxRejectRatio);
        return ExitCodes.Ok;
    }

    private void Render(IReadOnlyDictionary<string, Core.Evaluation.EvaluationResult> result, EvalSettings settings)
    {
        var views = result.ToList();
        var table = new Table().Border(TableBorder.Rounded).AddColumn("metric");
        foreach (var (view, evaluation) in views)
            table.AddColumn(new TableColumn($"{view} ({evaluation.QueryIds.Count} q)").RightAligned());
        foreach (string label in views[0].Value.Metrics.Select(m => m.Label))
            table.AddRow([label, .. views.Select(v => v.Value.Metrics.FirstOrDefault(m => m.Label == label)?.Mean.ToString("F4", CultureInfo.InvariantCulture) ?? "—")]);
        console.Write(table);
        if (views.Count > 1)
            console.MarkupLine("overall: every candidate; in_batch: without the question's own lower-ranked answers; hard_neg: only its own answers.");
        if (settings.Output is { } output)
            console.MarkupLineInterpolated($"written: {output}");
    }
}
