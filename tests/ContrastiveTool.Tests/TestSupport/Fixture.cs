namespace ContrastiveTool.Tests.TestSupport;

/// <summary>Paths of the committed test fixtures (copied next to the test assembly).</summary>
public static class Fixture
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);
}
