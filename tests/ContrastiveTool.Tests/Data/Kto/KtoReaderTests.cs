using ContrastiveTool.Core.Data.Kto;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Data.Kto;

public sealed class KtoReaderTests
{
    internal static (List<KtoRecord> Records, ReadReport Report, List<RejectedRow> Rejects) Read(string content, KtoOptions? options = null)
    {
        using var folder = new TempFolder();
        var sink = new ListSink();
        var report = new ReadReport(sink);
        var records = new KtoReader(options).Read(folder.Write("kto.jsonl", content), report).ToList();
        return (records, report, sink.Rows);
    }

    [Theory]
    [InlineData("{\"prompt\":\"p\",\"response\":\"r\",\"label\":\"good\"}", KtoRowForm.Binary, "r:True")]
    [InlineData("{\"prompt\":\"p\",\"completion\":\"r\",\"rating\":2}", KtoRowForm.Binary, "r:False")]
    [InlineData("{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\"}", KtoRowForm.Pairwise, "a:True|b:False")]
    [InlineData("{\"prompt\":\"p\",\"responses\":[\"x\",\"y\",\"z\"],\"rankings\":[3,1,2]}", KtoRowForm.Ranking, "y:True|x:False")]
    [InlineData("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"yo\"}],\"score\":0.9}", KtoRowForm.Conversation, "yo:True")]
    public void Read_EachForm_YieldsItsRows(string row, KtoRowForm form, string expected)
    {
        var (records, report, _) = Read(row + "\n");
        Assert.Equal(1, report.Good);
        Assert.Equal(form, records[0].Form);
        Assert.Equal(expected, string.Join("|", records[0].Rows.Select(r => $"{r.Completion}:{r.Label}")));
    }

    [Fact]
    public void Read_RankingTakeTwo_TopTwoGoodBottomTwoBad()
    {
        var (records, _, _) = Read("{\"prompt\":\"p\",\"responses\":[\"a\",\"b\",\"c\",\"d\",\"e\"],\"rankings\":[5,4,3,2,1]}\n", new KtoOptions(RankingTake: 2));
        Assert.Equal("e:True|d:True|b:False|a:False", string.Join("|", records[0].Rows.Select(r => $"{r.Completion}:{r.Label}")));
    }

    [Fact]
    public void Read_Conversation_PromptIsTheDialogueUpToTheLastUserTurn()
    {
        var (records, _, _) = Read("{\"conversation\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"q1\"}," +
            "{\"role\":\"assistant\",\"content\":\"a1\"},{\"role\":\"user\",\"content\":\"q2\"},{\"role\":\"assistant\",\"content\":\"a2\"}],\"label\":false}\n");
        var row = records[0].Rows.Single();
        Assert.Equal("user: q1\nassistant: a1\nuser: q2", row.Prompt);
        Assert.Equal("a2", row.Completion);
        Assert.Equal("S", row.System);
        Assert.False(row.Label);
    }

    [Theory]
    [InlineData("{\"prompt\":", KtoRejectReasons.TruncatedJson)]
    [InlineData("{\"prompt\" \"x\"}", KtoRejectReasons.MalformedJson)]
    [InlineData("[1]", KtoRejectReasons.NotAnObject)]
    [InlineData("{\"prompt\":\"p\",\"text\":\"r\"}", KtoRejectReasons.UnknownRowForm)]
    [InlineData("{\"response\":\"r\",\"label\":true}", KtoRejectReasons.MissingPrompt)]
    [InlineData("{\"prompt\":\"p\",\"response\":\"  \",\"label\":true}", KtoRejectReasons.MissingCompletion)]
    [InlineData("{\"prompt\":\"p\",\"response\":\"r\"}", KtoRejectReasons.MissingLabel)]
    [InlineData("{\"prompt\":\"p\",\"response\":\"r\",\"label\":\"meh\"}", KtoRejectReasons.UnknownLabel)]
    [InlineData("{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"a\"}", KtoRejectReasons.ChosenEqualsRejected)]
    [InlineData("{\"prompt\":\"p\",\"responses\":[\"a\",\"b\"],\"rankings\":[1]}", KtoRejectReasons.BadRankings)]
    [InlineData("{\"prompt\":\"p\",\"responses\":[\"a\"],\"rankings\":[1]}", KtoRejectReasons.TooFewResponses)]
    [InlineData("{\"messages\":[\"hi\"],\"label\":true}", KtoRejectReasons.BadMessages)]
    [InlineData("{\"messages\":[{\"role\":\"assistant\",\"content\":\"a\"}],\"label\":true}", KtoRejectReasons.NoUserTurn)]
    [InlineData("{\"messages\":[{\"role\":\"user\",\"content\":\"q\"}],\"label\":true}", KtoRejectReasons.NoAssistantReply)]
    public void Read_BadRow_RejectedWithItsReasonAndLine(string row, string reason)
    {
        var (_, report, rejects) = Read("{\"prompt\":\"p\",\"response\":\"r\",\"label\":1}\n" + row + "\n");
        Assert.Equal(1, report.Good);
        var reject = Assert.Single(rejects);
        Assert.Equal(reason, reject.Reason);
        Assert.Equal(2, reject.Line);
        Assert.Equal(row, reject.Raw);
        Assert.Contains(reason, KtoRejectReasons.All);
    }
}
