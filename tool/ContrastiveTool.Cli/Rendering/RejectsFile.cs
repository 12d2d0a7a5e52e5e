namespace ContrastiveTool.Cli.Rendering;

/// <summary>Where a verb writes the rejected rows of an input when the user does not say.</summary>
public static class RejectsFile
{
    /// <summary><c>&lt;name&gt;.rejects.jsonl</c> beside the input (the input's extension dropped).</summary>
    public static string DefaultPathFor(string input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input);
        string folder = Path.GetDirectoryName(Path.GetFullPath(input))!;
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(input) + ".rejects.jsonl");
    }
}
