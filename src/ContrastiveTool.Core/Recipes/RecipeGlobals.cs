namespace ContrastiveTool.Core.Recipes;

/// <summary>What a <c>.csx</c> recipe sees as globals: its arguments, its output folder, a reporter, the seed and the
/// cancellation token (Cake's script host pattern: the members of this object are in scope without a prefix).</summary>
/// <remarks>
/// <code>
/// var data = Arg("data", Path.Combine(ScriptFolder, "../data/sample/ranked-qa.jsonl"));
/// var items = Step("read", () => new RankedQaReader().Read(data, new ReadReport(), CancellationToken).ToList());
/// Log($"{items.Count} questions; writing to {Output}");
/// </code>
/// </remarks>
public class RecipeGlobals
{
    /// <param name="scriptPath">The recipe file (its folder is <see cref="ScriptFolder"/>).</param>
    /// <param name="args">The arguments after <c>--</c> on the command line.</param>
    /// <param name="output">The output folder; created here if missing.</param>
    /// <param name="reporter">Renders logs, steps and tables.</param>
    /// <param name="seed">The seed every random choice of the recipe should take.</param>
    /// <param name="cancellationToken">Cancelled by Ctrl+C; pass it to every long call.</param>
    public RecipeGlobals(string scriptPath, IReadOnlyList<string> args, string output, IRecipeReporter reporter, long seed,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scriptPath);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentException.ThrowIfNullOrWhiteSpace(output);
        ArgumentNullException.ThrowIfNull(reporter);
        ScriptPath = Path.GetFullPath(scriptPath);
        Args = [.. args];
        Output = Directory.CreateDirectory(output).FullName;
        Progress = reporter;
        Seed = seed;
        CancellationToken = cancellationToken;
    }

    /// <summary>The arguments after <c>--</c> (<c>contrastive recipe r.csx -- --data qa.jsonl</c> gives <c>["--data", "qa.jsonl"]</c>).</summary>
    public string[] Args { get; }

    /// <summary>The recipe's output folder (absolute, exists).</summary>
    public string Output { get; }

    /// <summary>The reporter the command line renders; <see cref="Log"/> and the <c>Step</c> overloads are shortcuts to it.</summary>
    public IRecipeReporter Progress { get; }

    /// <summary>The seed (<c>--seed</c>, default 42).</summary>
    public long Seed { get; }

    /// <summary>Cancelled by Ctrl+C: pass it to every long call; the run then ends with exit code 130.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The recipe file, absolute.</summary>
    public string ScriptPath { get; }

    /// <summary>The recipe's folder: resolve files shipped beside the recipe against it.</summary>
    public string ScriptFolder => Path.GetDirectoryName(ScriptPath)!;

    /// <summary>The value of <c>--name value</c> or <c>--name=value</c> in <see cref="Args"/>, else <paramref name="fallback"/>.</summary>
    /// <exception cref="UserInputException"><c>--name</c> is the last argument, with no value after it.</exception>
    public string Arg(string name, string fallback) => RecipeArguments.Find(Args, name) ?? fallback;

    /// <summary>The whole number given to <c>--name</c>, else <paramref name="fallback"/>; a value that is not one, or is below
    /// <paramref name="minimum"/>, stops the recipe with a message naming the argument.</summary>
    public int Arg(string name, int fallback, int minimum = int.MinValue) => RecipeArguments.FindInt(Args, name, fallback, minimum);

    /// <summary>The number given to <c>--name</c> (<c>1e-4</c>), else <paramref name="fallback"/>; checked as the whole-number form.</summary>
    public double Arg(string name, double fallback, double minimum = double.MinValue) => RecipeArguments.FindDouble(Args, name, fallback, minimum);

    /// <summary>Whether <c>--name</c> is in <see cref="Args"/> (a switch).</summary>
    public bool HasArg(string name) => RecipeArguments.Has(Args, name);

    /// <summary>Writes a line for the person running the recipe.</summary>
    public void Log(string message) => Progress.Log(message);

    /// <summary>Runs a named step (a spinner while it runs, its duration after).</summary>
    public void Step(string name, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Step<bool>(name, () => { work(); return true; });
    }

    /// <summary>Runs a named step and returns its result.</summary>
    public T Step<T>(string name, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Step(name, 0, _ => work());
    }

    /// <summary>Runs a named step with a progress bar over <paramref name="total"/> units; the step reports units done.</summary>
    public void Step(string name, int total, Action<IProgress<int>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Step<bool>(name, total, progress => { work(progress); return true; });
    }

    /// <summary>Runs a named step with a progress bar over <paramref name="total"/> units and returns its result.</summary>
    public T Step<T>(string name, int total, Func<IProgress<int>, T> work)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(work);
        CancellationToken.ThrowIfCancellationRequested();
        return Progress.Step(name, total, work);
    }

    /// <summary>Shows a small table (cells already formatted).</summary>
    public void Table(string title, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows) =>
        Progress.Table(title, columns, rows);
}
