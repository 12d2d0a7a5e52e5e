using System.Text;
using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Tests.Data.Json;

public sealed class JsonLinesSplitterTests
{
    [Fact]
    public void Records_LinesLongerThanTheBlock_AreKeptWholeWithTheirNumbers()
    {
        string longLine = "{\"text\": \"" + new string('x', 100) + "\"}";
        string content = "{\"a\": 1}\n" + longLine + "\r\n\n{\"c\": 3}";
        var splitter = new JsonLinesSplitter(new MemoryStream(Encoding.UTF8.GetBytes(content)), blockSize: 16);

        var records = splitter.Records(CancellationToken.None).Select(r => (r.Line, r.Text)).ToList();

        Assert.Equal([(1L, "{\"a\": 1}"), (2L, longLine), (4L, "{\"c\": 3}")], records);
        Assert.Equal(1, splitter.BlankLines);
        Assert.Equal(content.Length, splitter.BytesRead);
    }

    [Fact]
    public void Records_Cancelled_Throws()
    {
        var splitter = new JsonLinesSplitter(new MemoryStream("{}\n{}"u8.ToArray()));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => splitter.Records(cancellation.Token).ToList());
    }
}
