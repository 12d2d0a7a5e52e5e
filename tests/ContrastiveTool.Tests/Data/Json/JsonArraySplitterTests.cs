using System.Text;
using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Tests.Data.Json;

public sealed class JsonArraySplitterTests
{
    private static List<(long Line, long? Element, string Text)> Split(string json, int blockSize = 1 << 20)
    {
        var splitter = new JsonArraySplitter(new MemoryStream(Encoding.UTF8.GetBytes(json)), blockSize);
        return splitter.Records(CancellationToken.None).Select(r => (r.Line, r.Element, r.Text)).ToList();
    }

    [Fact]
    public void Records_NestedStringsWithBracketsAndEscapes_SplitOnlyAtTopLevelCommas()
    {
        const string json = "[{\"a\": \"x, ] } \\\" [\"},\n {\"b\": [1, 2, {\"c\": \"}\"}]},\n 3]";
        var records = Split(json);
        Assert.Equal(
            [(1L, (long?)0L, "{\"a\": \"x, ] } \\\" [\"}"), (2L, 1L, "{\"b\": [1, 2, {\"c\": \"}\"}]}"), (3L, 2L, "3")],
            records);
    }

    [Fact]
    public void Records_TinyBlocks_SameAsOneBlock()
    {
        const string json = "[\n{\"q\": \"first\"},\n{\"q\": \"second, with comma\"},\n{\"q\": [\"third\"]}\n]";
        Assert.Equal(Split(json), Split(json, blockSize: 16));
    }

    [Fact]
    public void Records_EmptyArray_YieldsNothing()
    {
        Assert.Empty(Split("  [ \n ]  "));
    }

    [Fact]
    public void Records_ContentAfterClosingBracket_BecomesOneRecordWithoutElementIndex()
    {
        var records = Split("[1]\n{\"stray\": true}");
        Assert.Equal([(1L, (long?)0L, "1"), (2L, null, "{\"stray\": true}")], records);
    }
}
