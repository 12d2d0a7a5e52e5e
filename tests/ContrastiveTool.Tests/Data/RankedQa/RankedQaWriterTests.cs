using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Data.RankedQa;

public sealed class RankedQaWriterTests
{
    [Fact]
    public void Write_ThenRead_IsTheIdentityCategoryIncluded()
    {
        using var folder = new TempFolder();
        var items = new[]
        {
            new RankedQaItem(new QaQuestion("q1", "ما هو الكتاب؟", "body", "noun.artifact"),
                [new QaAnswer("a1", "كتاب", 3, true, 0), new QaAnswer("a2", "book, volume", 1.5, false, 1)], 1),
            new RankedQaItem(new QaQuestion("q2", "no category", ""), [new QaAnswer("b1", "x", -2, false, 0)], 2),
        };
        using (var writer = new RankedQaWriter(folder.File("qa.jsonl")))
        {
            foreach (var item in items)
                writer.Write(item);
            writer.Commit();
        }
        var back = new RankedQaReader().Read(folder.File("qa.jsonl"), new ReadReport()).ToList();
        Assert.Equal(items.Select(i => i.Question), back.Select(i => i.Question));
        Assert.Equal(items.SelectMany(i => i.Answers), back.SelectMany(i => i.Answers));
        Assert.Equal([1L, 2], back.Select(i => i.Line));
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesNoFile()
    {
        using var folder = new TempFolder();
        using (var writer = new RankedQaWriter(folder.File("qa.jsonl")))
            writer.Write(new RankedQaItem(new QaQuestion("q", "t", ""), [new QaAnswer("a", "b", 1, false, 0)], 1));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
