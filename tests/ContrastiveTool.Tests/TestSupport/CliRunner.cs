using ContrastiveTool.Cli;
using Spectre.Console.Cli;
using Spectre.Console.Testing;

namespace ContrastiveTool.Tests.TestSupport;

/// <summary>Runs the real <c>contrastive</c> command line (same parser, same composition root) on test consoles.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static Result Run(params string[] args)
    {
        var console = new TestConsole().Width(100);
        var errors = new TestConsole().Width(100);
        var app = new CommandApp();
        app.Configure(config =>
        {
            ContrastiveApp.Configure(config, errors);
            config.ConfigureConsole(console);
        });
        int code = app.Run(args);
        return new Result(code, console.Output, errors.Output);
    }
}
