using ContrastiveTool.Core.Data.Cpo;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Data.Cpo;

public sealed class CpoReaderTests
{
    internal static (List<CpoRow> Rows, List<RejectedRow> Rejects) Read(string content, CpoOptions? options = null)
    {
        using var folder = new TempFolder();
        var sink = new ListSink();
        var rows = new CpoReader(options).Read(folder.Write("cpo.jsonl", content), new ReadReport(sink)).ToList();
        return (rows, sink.Rows);
    }

    [Theory]
    [InlineData("negatives")] [InlineData("rejected")] [InlineData("rejected_responses")]
    [InlineData("bad_responses")] [InlineData("negative_responses")] [InlineData("alternatives")]
    public void Read_EachAlias_AsTextOrList_GivesTheNegative(string alias)
    {
        var (rows, _) = Read($"{{\"prompt\":\"p\",\"chosen\":\"c\",\"{alias}\":\"n1\"}}\n{{\"prompt\":\"p\",\"chosen\":\"c\",\"{alias}\":[\"n2\",\"n3\"]}}\n");
        Assert.Equal(["n1"], rows[0].Negatives.Select(n => n.Text));
        Assert.Equal(["n2", "n3"], rows[1].Negatives.Select(n => n.Text));
    }

    [Fact]
    public void Read_MixedAliases_TrimmedDeduplicatedInOrderEmptiesDropped()
    {
        var (rows, _) = Read("{\"prompt\":\"p\",\"chosen\":\"c\",\"alternatives\":\"z\",\"negatives\":[\" a \",\"b\",\"\"],\"rejected\":\"a\",\"bad_responses\":[\"b  \",\"x\\n y\",\"x y\"]}\n");
        Assert.Equal(["a", "b", "x\n y", "z"], rows[0].Negatives.Select(n => n.Text));
    }

    [Theory]
    [InlineData("{\"chosen\":\"c\",\"rejected\":\"n\"}", CpoRejectReasons.MissingPrompt)]
    [InlineData("{\"prompt\":\"p\",\"rejected\":\"n\"}", CpoRejectReasons.MissingChosen)]
    [InlineData("{\"prompt\":\"p\",\"chosen\":\"c\",\"rejected\":\"n\"}", CpoRejectReasons.PromptTooShort)]
    [InlineData("{\"prompt\":\"long enough\",\"chosen\":\"c\",\"rejected\":\"a long negative\"}", CpoRejectReasons.ChosenTooShort)]
    [InlineData("{\"prompt\":\"long enough\",\"chosen\":\"a long answer\",\"rejected\":\"n\"}", CpoRejectReasons.NegativeTooShort)]
    [InlineData("{\"prompt\":\"long enough\",\"chosen\":\"a long answer\",\"rejected\":[1]}", CpoRejectReasons.NegativesNotText)]
    [InlineData("{\"prompt\":\"long enough\",\"chosen\":\"a long answer\",\"rejected\":\" a long  answer\"}", CpoRejectReasons.NegativeEqualsChosen)]
    [InlineData("{\"prompt\":\"long enough\",\"chosen\":\"a long answer\"}", CpoRejectReasons.TooFewNegatives)]
    [InlineData("{\"prompt\":\"long enough\",\"chosen\":\"a long answer\",\"negatives\":[\"one long\",\"two long\",\"three long\"]}", CpoRejectReasons.TooManyNegatives)]
    [InlineData("{\"prompt\":\"long enough\"", CpoRejectReasons.TruncatedJson)]
    [InlineData("{prompt}", CpoRejectReasons.MalformedJson)]
    [InlineData("\"text\"", CpoRejectReasons.NotAnObject)]
    public void Read_BadRow_RejectedWithItsReason(string row, string reason)
    {
        var options = new CpoOptions(MaxNegatives: 2, MinPromptLength: 3, MinResponseLength: 3);
        var (rows, rejects) = Read(row + "\n", options);
        Assert.Empty(rows);
        Assert.Equal(reason, Assert.Single(rejects).Reason);
        Assert.Contains(reason, CpoRejectReasons.All);
    }

    [Fact]
    public void Read_Synthetic_SeededCappedMarkedAndAfterTheFilesNegatives()
    {
        const string row = "{\"prompt\":\"What is the capital of France?\",\"chosen\":\"Paris is the capital of France.\",\"rejected\":\"Lyon.\"}\n";
        var options = new CpoOptions(Synthetic: ["truncation", "shuffle", "negation", "generic"], SyntheticPerRow: 2, Seed: 7);
        var first = Read(row, options).Rows.Single();
        var again = Read(row, options).Rows.Single();
        Assert.Equal(first.Negatives, again.Negatives);
        Assert.Equal(3, first.Negatives.Count);
        Assert.Equal(new CpoNegative("Lyon."), first.Negatives[0]);
        Assert.All(first.Negatives.Skip(1), n => Assert.True(n.IsSynthetic));
        var all = Read(row, options with { SyntheticPerRow = 4 }).Rows.Single();
        Assert.Equal([null, "truncation", "shuffle", "negation", "generic"], all.Negatives.Select(n => n.SyntheticKind));
        Assert.Equal(["Paris is the", "Paris is not the capital of France."], all.Negatives.Skip(1).Where(n => n.SyntheticKind is "truncation" or "negation").Select(n => n.Text));
        Assert.Single(Read(row, options with { MaxNegatives = 2 }).Rows.Single().Negatives, n => n.IsSynthetic);
    }

    [Fact]
    public void Read_SyntheticForARowWithoutNegatives_MakesItPass()
    {
        var (rows, rejects) = Read("{\"prompt\":\"ما عاصمة فرنسا؟\",\"chosen\":\"باريس هي عاصمة فرنسا\"}\n", new CpoOptions(Synthetic: ["negation", "generic"]));
        Assert.Empty(rejects);
        Assert.Equal(["ليس باريس هي عاصمة فرنسا", "generic"], rows[0].Negatives.Select(n => n.SyntheticKind == "generic" ? "generic" : n.Text));
    }

    [Fact]
    public void Read_ContrastiveGroup_FromTheFieldElseThePrompt()
    {
        var (rows, _) = Read("{\"prompt\":\"p\",\"chosen\":\"c\",\"rejected\":\"n\",\"contrastive_group\":3}\n{\"prompt\":\"p\",\"chosen\":\"c\",\"rejected\":\"n\"}\n");
        Assert.Equal(["3", "p"], rows.Select(r => r.Group));
    }
}
