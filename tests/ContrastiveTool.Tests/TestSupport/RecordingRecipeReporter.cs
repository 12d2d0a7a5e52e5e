using ContrastiveTool.Core.Recipes;

namespace ContrastiveTool.Tests.TestSupport;

/// <summary>Keeps what a recipe reported: log lines, step names with their totals and last progress, tables.</summary>
public sealed class RecordingRecipeReporter : IRecipeReporter
{
    public List<string> Logs { get; } = [];

    public List<(string Name, int Total, int LastReported)> Steps { get; } = [];

    public List<(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)> Tables { get; } = [];

    public void Log(string message) => Logs.Add(message);

    public T Step<T>(string name, int total, Func<IProgress<int>, T> work)
    {
        int last = -1;
        var result = work(new Counter(v => last = v));
        Steps.Add((name, total, last));
        return result;
    }

    public void Table(string title, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows) =>
        Tables.Add((title, columns, rows));

    private sealed class Counter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
