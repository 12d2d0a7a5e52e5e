namespace ContrastiveTool.Core.Data.Importers;

/// <summary>Where <c>scripts/fetch-data.sh</c> puts the corpora, and the error when one is missing.</summary>
/// <remarks>npm packages go to <c>$CONTRASTIVE_DATA</c> (default <c>~/.cache/contrastive-data</c>) under
/// <c>node_modules/</c>; dictd dictionaries to <c>/usr/share/dictd</c> (Debian's packages).</remarks>
public static class ImportSources
{
    /// <summary>The hint every "missing input" message ends with.</summary>
    public const string FetchHint = "run scripts/fetch-data.sh to fetch it (npm and apt), or give its path";

    /// <summary>The folder fetch-data.sh installs npm packages into.</summary>
    public static string DataFolder =>
        Environment.GetEnvironmentVariable("CONTRASTIVE_DATA") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "contrastive-data");

    /// <summary>An npm package's folder under <see cref="DataFolder"/>.</summary>
    public static string NpmPackage(string name) => Path.Combine(DataFolder, "node_modules", name);

    /// <summary>Debian's dictd folder.</summary>
    public const string DictdFolder = "/usr/share/dictd";

    /// <summary>Throws a <see cref="UserInputException"/> naming <paramref name="what"/> unless <paramref name="path"/> is a file.</summary>
    public static string RequireFile(string path, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new UserInputException($"{what} not found: {path}; {FetchHint}");
        return path;
    }

    /// <summary>Throws a <see cref="UserInputException"/> naming <paramref name="what"/> unless <paramref name="path"/> is a folder.</summary>
    public static string RequireFolder(string path, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!Directory.Exists(path))
            throw new UserInputException($"{what} not found: {path}; {FetchHint}");
        return path;
    }
}
