using System.Text.RegularExpressions;

namespace ContrastiveTool.Tests.Cli;

/// <summary>Makes console output comparable across machines: paths and versions scrubbed, line ends trimmed.</summary>
internal static partial class CliOutput
{
    public static string Scrub(string output, string? folder = null)
    {
        if (folder is not null)
            output = output.Replace(folder, "<tmp>");
        output = output.Replace(AppContext.BaseDirectory.TrimEnd('/'), "<tests>");
        output = VersionLine().Replace(output, "<version>");
        return string.Join("\n", output.Replace("\r\n", "\n").Split('\n').Select(line => line.TrimEnd())).Trim() + "\n";
    }

    [GeneratedRegex(@"\b\d+\.\d+\.\d+(?:-[\w.]+)?\b(?=\s*$)", RegexOptions.Multiline)]
    private static partial Regex VersionLine();
}
