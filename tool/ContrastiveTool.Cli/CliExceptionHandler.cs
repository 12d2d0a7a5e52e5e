using ContrastiveTool.Core;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli;

/// <summary>Turns every exception into a one-paragraph message and an exit code; never a stack trace for user errors.</summary>
public sealed class CliExceptionHandler(IAnsiConsole errors)
{
    /// <summary>Prints the message for <paramref name="exception"/> and returns the exit code.</summary>
    public int Handle(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception)
        {
            case OperationCanceledException:
                errors.MarkupLine("[yellow]cancelled[/]: stopped by Ctrl+C; no partial output was left behind.");
                return ExitCodes.Cancelled;
            case CommandParseException or CommandRuntimeException:
                errors.MarkupLineInterpolated($"[red]error[/]: {exception.Message}");
                errors.MarkupLine("Run with [blue]--help[/] to see the options and examples.");
                return ExitCodes.UserError;
            case UserInputException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException:
                errors.MarkupLineInterpolated($"[red]error[/]: {exception.Message}");
                return ExitCodes.UserError;
            default:
                errors.MarkupLineInterpolated($"[red]internal error[/]: {exception.GetType().Name}: {exception.Message}");
                errors.MarkupLine("This is a bug or an environment problem. Run [blue]contrastive doctor[/] and report the output with this message.");
                if (Environment.GetEnvironmentVariable("CONTRASTIVE_DEBUG") == "1")
                    errors.WriteLine(exception.ToString());
                return ExitCodes.InternalError;
        }
    }
}
