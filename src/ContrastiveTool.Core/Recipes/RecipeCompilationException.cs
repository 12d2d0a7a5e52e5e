namespace ContrastiveTool.Core.Recipes;

/// <summary>A recipe does not compile: one line per error, <c>file:line:column: error CSxxxx: message</c> (a user error, exit 1).</summary>
public sealed class RecipeCompilationException(IReadOnlyList<string> errors)
    : UserInputException(Describe(errors))
{
    /// <summary>The errors, each <c>file:line:column: error CSxxxx: message</c>.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;

    private const int Shown = 20;

    private static string Describe(IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        string more = errors.Count > Shown ? $"\n… and {errors.Count - Shown} more" : "";
        string count = errors.Count == 1 ? "1 error" : $"{errors.Count} errors";
        return $"the recipe does not compile ({count}):\n" + string.Join("\n", errors.Take(Shown)) + more;
    }
}
