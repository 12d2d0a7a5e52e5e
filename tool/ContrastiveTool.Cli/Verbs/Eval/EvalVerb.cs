using ContrastiveTool.Cli.Rendering;
using ContrastiveTool.Core;
using ContrastiveTool.Core.Evaluation;
using ContrastiveTool.Core.Evaluation.Metrics;
using ContrastiveTool.Core.Evaluation.Statistics;
using ContrastiveTool.Core.Evaluation.Trec;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Eval;

/// <summary><c>eval --qrels --run</c>: judges a TREC run as trec_eval does; means with 95 % bootstrap intervals.
/// <c>eval --model --data</c> goes to <see cref="ModelEvalRunner"/>.</summary>
public sealed class EvalVerb(IAnsiConsole console) : Command<EvalSettings>
{
    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        if (settings.JudgesModel)
            return new ModelEvalRunner(console).Run(settings, cancellationToken);
        var metrics = MetricSpec.ParseList(settings.Metrics);
        var options = settings.Options;
        using var qrels = new ReadSession(RejectsFile.DefaultPathFor(settings.Qrels!));
        using var run = new ReadSession(RejectsFile.DefaultPathFor(settings.Run!));
        long size = new FileInfo(settings.Qrels!).Length + new FileInfo(settings.Run!).Length;
        TrecEvaluation.Result? result = null;
        ProgressDisplay.Run(console, "judging the run", size, () => qrels.Report.BytesRead + run.Report.BytesRead,
            () => result = TrecEvaluation.Evaluate(settings.Qrels!, settings.Run!, metrics, options, qrels.Report, run.Report, cancellationToken),
            settings.Quiet || settings.Json);
        qrels.Complete();
        run.Complete();
        var summaries = result!.Evaluation.Metrics.Select(new Bootstrap().Summarise).ToList();
        if (settings.PerQuery is { } perQuery)
            PerQueryTableWriter.Write(perQuery, result.Evaluation);
        if (settings.Json)
            RawJson.Write(console, EvalResultView.Summarise(settings, result, summaries, qrels, run));
        else
            EvalResultView.Render(console, settings, result, summaries, qrels, run);
        foreach (var (file, session) in new[] { (settings.Qrels!, qrels), (settings.Run!, run) })
            if (session.Report.RejectRatio > settings.MaxRejectRatio)
                throw new UserInputException($"{session.Report.Rejected} of {session.Report.Records} lines of '{file}' were rejected " +
                    $"(see {session.RejectsPath}); fix them, or allow some with --max-reject-ratio.");
        return ExitCodes.Ok;
    }
}
