namespace ContrastiveTool.Cli;

/// <summary>The exit codes of every verb.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>Bad option or input; the message says what is wrong and how to fix it.</summary>
    public const int UserError = 1;

    /// <summary>A bug or an environment failure the user did not cause.</summary>
    public const int InternalError = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
