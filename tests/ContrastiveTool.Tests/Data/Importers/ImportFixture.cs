using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Tests.Data.Importers;

/// <summary>Paths of the importer fixtures (tests/fixtures/import) and reading what an import wrote.</summary>
internal static class ImportFixture
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "fixtures", "import", .. parts]);

    /// <summary>Reads a ranked-QA file back with the real reader; fails the test if any row is rejected.</summary>
    public static List<RankedQaItem> ReadQa(string path)
    {
        var report = new ReadReport();
        var items = new RankedQaReader().Read(path, report).ToList();
        Assert.Equal(0, report.Rejected);
        return items;
    }

    /// <summary>"id body:score | id body:score ..." of a question's answers, in rank order.</summary>
    public static string Answers(RankedQaItem item) =>
        string.Join(" | ", item.Answers.Select(a => $"{a.Id} {a.Body}:{a.Score}"));
}
