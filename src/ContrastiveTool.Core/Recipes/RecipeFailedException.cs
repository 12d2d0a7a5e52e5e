using System.Diagnostics;

namespace ContrastiveTool.Core.Recipes;

/// <summary>An exception escaped a recipe: the message names the recipe line it came through (<c>file:line</c>, when the
/// stack has one), then the original message; the original is kept as the inner exception.</summary>
/// <remarks>A user error (exit 1): the recipe is the user's code. A <see cref="UserInputException"/> thrown by Core keeps
/// its message without the type name; any other exception shows its type.</remarks>
public sealed class RecipeFailedException(string message, Exception inner) : UserInputException(message, inner)
{
    /// <summary>The recipe's <c>file:line</c> the exception came through, or null when the stack has no recipe frame.</summary>
    public string? Location { get; private init; }

    /// <summary>Wraps <paramref name="exception"/>, locating the innermost frame in a <c>.csx</c> file.</summary>
    public static RecipeFailedException From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string? location = Locate(exception);
        string what = exception is UserInputException ? exception.Message : $"{exception.GetType().Name}: {exception.Message}";
        string message = location is null ? $"the recipe failed: {what}" : $"the recipe failed at {location}: {what}";
        return new RecipeFailedException(message, exception) { Location = location };
    }

    /// <summary><c>file:line</c> of the innermost stack frame that lies in a <c>.csx</c> file, or null.</summary>
    public static string? Locate(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
            if (frame.GetFileName() is { } file && file.EndsWith(".csx", StringComparison.OrdinalIgnoreCase) && frame.GetFileLineNumber() > 0)
                return $"{RecipeHost.Display(file)}:{frame.GetFileLineNumber()}";
        return null;
    }
}
