namespace ContrastiveTool.Tests.TestSupport;

/// <summary>Paths in the repository the tests were built from (tests run from tests/ContrastiveTool.Tests/bin/&lt;config&gt;/&lt;tfm&gt;).</summary>
public static class RepoPath
{
    public static string Of(params string[] parts) =>
        Path.GetFullPath(Path.Combine([AppContext.BaseDirectory, "..", "..", "..", "..", "..", .. parts]));
}
