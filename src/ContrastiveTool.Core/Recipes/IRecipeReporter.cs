namespace ContrastiveTool.Core.Recipes;

/// <summary>How a recipe tells the person running it what it is doing; the command line renders it (spinner or progress
/// bar per step, a summary line when a step ends, tables), tests record it.</summary>
/// <remarks>Core knows nothing of the console: the <c>recipe</c> verb passes an implementation in. Steps are synchronous
/// and not nested on screen (a step inside a step runs without its own bar).</remarks>
public interface IRecipeReporter
{
    /// <summary>A line of text for the person running the recipe.</summary>
    void Log(string message);

    /// <summary>Runs <paramref name="work"/> as a named step and returns its result.</summary>
    /// <param name="name">What the step does, e.g. <c>embed 300 answers</c>.</param>
    /// <param name="total">The units of work the step reports through its progress (items, batches); 0 or less when it
    /// reports none (a spinner is shown instead of a bar).</param>
    /// <param name="work">The step; it reports units done so far (cumulative) to the progress it is given.</param>
    T Step<T>(string name, int total, Func<IProgress<int>, T> work);

    /// <summary>A small table of results: a title, column headers and rows of already formatted cells.</summary>
    void Table(string title, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows);
}
