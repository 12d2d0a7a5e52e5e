using System.Diagnostics;
using System.Globalization;
using ContrastiveTool.Core.Recipes;
using Spectre.Console;

namespace ContrastiveTool.Cli.Verbs.Recipe;

/// <summary>Renders a recipe's logs, steps and tables: a spinner (or a bar when the step counts its work) while a step
/// runs, then one line <c>✓ name (1.2 s)</c>, which is also all a redirected console gets.</summary>
/// <remarks>Spectre runs one live display at a time, so a step inside a step gets no bar of its own, only its line.</remarks>
public sealed class RecipeConsoleReporter(IAnsiConsole console) : IRecipeReporter
{
    private int _depth;

    /// <inheritdoc/>
    public void Log(string message) => console.MarkupLineInterpolated($"{message}");

    /// <inheritdoc/>
    public T Step<T>(string name, int total, Func<IProgress<int>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var clock = Stopwatch.StartNew();
        bool live = _depth == 0 && console.Profile.Capabilities.Interactive;
        _depth++;
        try
        {
            T result = !live ? work(new Counter(_ => { }))
                : total > 0 ? console.Progress().AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(context =>
                    {
                        var task = context.AddTask(Markup.Escape(name), maxValue: total);
                        return work(new Counter(done => task.Value = done));
                    })
                : console.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(name), _ => work(new Counter(_ => { })));
            string indent = new(' ', 2 * (_depth - 1));
            console.MarkupLineInterpolated($"{indent}[green]✓[/] {name} ({clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s)");
            return result;
        }
        finally
        {
            _depth--;
        }
    }

    /// <inheritdoc/>
    public void Table(string title, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        for (int c = 0; c < columns.Count; c++)
            table.AddColumn(c == 0 ? new TableColumn(Markup.Escape(columns[c])) : new TableColumn(Markup.Escape(columns[c])).RightAligned());
        foreach (var row in rows)
            table.AddRow(row.Select(cell => Markup.Escape(cell)).ToArray());
        console.Write(table);
    }

    /// <summary>Reports synchronously (no hop through a synchronization context), so the bar follows the work.</summary>
    private sealed class Counter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
