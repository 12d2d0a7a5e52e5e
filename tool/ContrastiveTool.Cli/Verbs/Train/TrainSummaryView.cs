using System.Globalization;
using ContrastiveTool.Core.Training;
using ContrastiveTool.Core.Training.Config;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.Train;

/// <summary>train's closing lines: what ran, the held-out metrics before and after, and where the files are.</summary>
public static class TrainSummaryView
{
    public static void Render(IAnsiConsole console, TrainConfig config, TrainResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(result);
        console.MarkupLineInterpolated(
            $"trained [blue]{config.Model}[/] with {config.BatchTransform} + {config.LossType}: {result.Steps} steps on {result.TrainQuestions} questions ({result.TestQuestions} held out), {result.SecondsPerStep.ToString("F2", CultureInfo.InvariantCulture)} s/step");
        if (result.ResumedAtStep is int resumed)
            console.MarkupLineInterpolated($"  resumed at step {resumed}");
        if (result.FinalEvaluation is { } final)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("held-out metric");
            if (result.InitialEvaluation is not null)
                table.AddColumn(new TableColumn("step 0").RightAligned());
            table.AddColumn(new TableColumn($"step {result.Steps}").RightAligned());
            foreach (var (name, value) in final)
                table.AddRow([name, .. result.InitialEvaluation is { } initial ? [F(initial[name])] : Array.Empty<string>(), F(value)]);
            console.Write(table);
        }
        console.MarkupLineInterpolated($"  model    {result.ModelPath}");
        console.MarkupLineInterpolated($"  metrics  {result.MetricsPath}");
    }

    private static string F(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
