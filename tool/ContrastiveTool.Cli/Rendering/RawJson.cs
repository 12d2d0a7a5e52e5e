using System.Text.Json;
using ContrastiveTool.Core.Data;
using Spectre.Console;

namespace ContrastiveTool.Cli.Rendering;

/// <summary>Writes machine-readable JSON straight to the console's output, unwrapped and unstyled.</summary>
public static class RawJson
{
    public static void Write<T>(IAnsiConsole console, T value)
    {
        ArgumentNullException.ThrowIfNull(console);
        var writer = console.Profile.Out.Writer;
        writer.WriteLine(JsonSerializer.Serialize(value, JsonOutput.Indented));
        writer.Flush();
    }
}
