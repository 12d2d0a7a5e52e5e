using Spectre.Console;

namespace ContrastiveTool.Cli;

/// <summary>A console writing to standard error, for messages that must not mix with results.</summary>
public static class ErrorConsole
{
    public static IAnsiConsole Create() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
