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
        RenderCategories(console, stats);
    }

    /// <summary>The most frequent categories (when the questions have any), with the rest summed up.</summary>
    private static void RenderCategories(IAnsiConsole console, QaStatistics stats)
    {
        if (stats.Categories.Count == 0)
            return;
        const int Shown = 12;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn($"category ({Number(stats.Categories.Count)})")
            .AddColumn(new TableColumn("questions").RightAligned()).AddColumn(new TableColumn("share").RightAligned());
        foreach (var (name, count) in stats.Categories.Take(Shown))
            table.AddRow(Markup.Escape(name), Number(count), Percent((double)count / stats.Questions));
        if (stats.Categories.Count > Shown)
        {
            long rest = stats.Categories.Skip(Shown).Sum(c => c.Value);
            table.AddRow($"… {Number(stats.Categories.Count - Shown)} more", Number(rest), Percent((double)rest / stats.Questions));
        }
        long without = stats.Questions - stats.Categories.Values.Sum();
        if (without > 0)
            table.AddRow("(none)", Number(without), Percent((double)without / stats.Questions));
        console.Write(table);
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
