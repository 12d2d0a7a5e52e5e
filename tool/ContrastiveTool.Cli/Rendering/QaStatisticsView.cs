using System.Globalization;
using ContrastiveTool.Core.Data.Statistics;
using Spectre.Console;

namespace ContrastiveTool.Cli.Rendering;

/// <summary>The <c>data stats</c> table.</summary>
public static class QaStatisticsView
{
    public static void Render(IAnsiConsole console, QaStatistics stats)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(stats);
        var totals = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumns("", "");
        totals.AddRow("questions", Number(stats.Questions));
        totals.AddRow("answers", Number(stats.Answers));
        totals.AddRow("answers with score ≤ 0", Percent(stats.ShareScoreAtMostZero));
        totals.AddRow("questions with an accepted answer", Percent(stats.ShareAccepted));
        totals.AddRow("  accepted answer is the top-scored", Percent(stats.ShareAcceptedIsTop));
        console.Write(totals);

        var distributions = new Table().Border(TableBorder.Rounded)
            .AddColumn("distribution").AddColumn(new TableColumn("min").RightAligned())
            .AddColumn(new TableColumn("median").RightAligned()).AddColumn(new TableColumn("mean").RightAligned())
            .AddColumn(new TableColumn("max").RightAligned());
        AddRow(distributions, "answers per question", stats.AnswersPerQuestion);
        AddRow(distributions, "answer score", stats.Scores);
        AddRow(distributions, "question words (title + body)", stats.QuestionWords);
        AddRow(distributions, "answer words", stats.AnswerWords);
        console.Write(distributions);
    }

    private static void AddRow(Table table, string name, Distribution d) =>
        table.AddRow(name, Number(d.Min), Number(d.Median), Number(d.Mean), Number(d.Max));

    /// <summary>A whole number with separators, else two decimals.</summary>
    internal static string Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? value.ToString("N0", CultureInfo.InvariantCulture)
            : value.ToString("N2", CultureInfo.InvariantCulture);

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
}
