using ContrastiveTool.Core.Data.Nli;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Triplets;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Data.Triplets;

public sealed class TripletReaderTests
{
    private static (List<TripletRecord> Rows, List<RejectedRow> Rejects) Read(string content)
    {
        using var folder = new TempFolder();
        var sink = new ListSink();
        return (new TripletReader().Read(folder.Write("t.jsonl", content), new ReadReport(sink)).ToList(), sink.Rows);
    }

    [Theory]
    [InlineData("{\"anchor\":\"a\",\"positive\":\"p\",\"negative\":\"n1\"}", TripletForm.Single, "a|p|n1")]
    [InlineData("{\"anchor\":\"a\",\"positive\":\"p\",\"negatives\":[\"n1\",\"n2\",\"n1\"]}", TripletForm.List, "a|p|n1,n2")]
    [InlineData("{\"anchor\":\"a\",\"positive\":\"p\",\"negative_2\":\"n2\",\"negative_1\":\"n1\"}", TripletForm.Columns, "a|p|n1,n2")]
    [InlineData("{\"query\":\"a\",\"pos\":[\"p\",\"q\"],\"neg\":[\"n1\"]}", TripletForm.FlagEmbedding, "a|p|n1;a|q|n1")]
    public void Read_EachForm_GivesItsTriplets(string row, TripletForm form, string expected)
    {
        var record = Assert.Single(Read(row + "\n").Rows);
        Assert.Equal(form, record.Form);
        Assert.Equal(expected, string.Join(";", record.Triplets.Select(t => $"{t.Anchor}|{t.Positive}|{string.Join(",", t.Negatives)}")));
    }

    [Theory]
    [InlineData("{\"positive\":\"p\",\"negative\":\"n\"}", TripletRejectReasons.MissingAnchor)]
    [InlineData("{\"anchor\":\"a\",\"negative\":\"n\"}", TripletRejectReasons.MissingPositive)]
    [InlineData("{\"anchor\":\"a\",\"positive\":\"p\",\"negatives\":[\"\"]}", TripletRejectReasons.NoNegatives)]
    [InlineData("{\"anchor\":\"a\",\"positive\":\"p\",\"negative\":3}", TripletRejectReasons.NotText)]
    [InlineData("{\"anchor\":\"a\",\"positive\":{},\"negative\":\"n\"}", TripletRejectReasons.NotText)]
    [InlineData("7", TripletRejectReasons.NotAnObject)]
    [InlineData("{\"anchor\":", TripletRejectReasons.TruncatedJson)]
    [InlineData("{anchor}", TripletRejectReasons.MalformedJson)]
    public void Read_BadRow_RejectedWithItsReason(string row, string reason)
    {
        var (rows, rejects) = Read(row + "\n");
        Assert.Empty(rows);
        Assert.Equal(reason, Assert.Single(rejects).Reason);
        Assert.Contains(reason, TripletRejectReasons.All);
    }

    [Fact]
    public void Read_PairsWhenNegativesAreOptional_KeepsRowsWithoutNegatives()
    {
        using var folder = new TempFolder();
        string path = folder.Write("pairs.jsonl", "{\"anchor\":\"كتاب\",\"positive\":\"book\"}\n{\"anchor\":\"a\",\"positive\":\"p\",\"negative\":\"n\"}\n");
        var sink = new ListSink();
        var rows = new TripletReader(requireNegatives: false).Read(path, new ReadReport(sink)).ToList();
        Assert.Equal(["كتاب|book|", "a|p|n"], rows.Select(r => $"{r.Anchor}|{r.Positives[0]}|{string.Join(",", r.Negatives)}"));
        Assert.Empty(sink.Rows);
        Assert.Single(new TripletReader().Read(path, new ReadReport()));           // the default still needs a negative
    }

    [Fact]
    public void NliBuilder_TripletsPerPremise_NeutralAndOneSidedPremisesCounted()
    {
        using var folder = new TempFolder();
        string path = folder.Write("nli.jsonl", string.Join("\n",
            "{\"premise\":\"P\",\"hypothesis\":\"e1\",\"label\":0}",
            "{\"premise\":\"P\",\"hypothesis\":\"n\",\"label\":\"neutral\"}",
            "{\"premise\":\"P\",\"hypothesis\":\"c1\",\"label\":\"Contradiction\"}",
            "{\"premise\":\"P\",\"hypothesis\":\"e2\",\"label\":\"entailment\"}",
            "{\"premise\":\"P\",\"hypothesis\":\"c2\",\"label\":2}",
            "{\"premise\":\"Q\",\"hypothesis\":\"e\",\"label\":0}",
            "{\"premise\":\"R\",\"hypothesis\":\"c\",\"label\":2}",
            "{\"premise\":\"S\",\"hypothesis\":\"x\",\"label\":\"-\"}",
            "{\"premise\":\"S\",\"hypothesis\":\"x\"}",
            "{\"hypothesis\":\"x\",\"label\":0}",
            "{\"premise\":\"S\",\"label\":0}") + "\n");
        var sink = new ListSink();
        var builder = new NliTripletBuilder();
        foreach (var row in new NliReader().Read(path, new ReadReport(sink)))
            builder.Add(row);
        var triplets = builder.Triplets().ToList();
        Assert.Equal(["P|e1|c1,c2", "P|e2|c1,c2"], triplets.Select(t => $"{t.Anchor}|{t.Positive}|{string.Join(",", t.Negatives)}"));
        Assert.Equal(1, builder.Neutral);
        Assert.Equal(1, builder.PremisesWithoutContradiction);
        Assert.Equal(1, builder.PremisesWithoutEntailment);
        Assert.Equal([NliRejectReasons.UnknownLabel, NliRejectReasons.MissingLabel, NliRejectReasons.MissingPremise, NliRejectReasons.MissingHypothesis],
            sink.Rows.Select(r => r.Reason));
    }
}
