using ContrastiveTool.Core.Data.Conversion;
using ContrastiveTool.Core.Data.Conversion.Converters;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Triplets;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Data.Conversion;

/// <summary>kto → triplets and triplet → qa: the converters that take preference data to what mining and training read.</summary>
public sealed class PreferenceToTripletsTests
{
    private static string Triplets(string path) => string.Join(";", new TripletReader().Read(path, new ReadReport())
        .SelectMany(r => r.Triplets).Select(t => $"{t.Anchor}|{t.Positive}|{string.Join(",", t.Negatives)}"));

    [Fact]
    public void KtoToTriplets_RowsOfAPrompt_OneTripletPerGoodCompletionWithEveryBadOne()
    {
        using var folder = new TempFolder();
        string input = folder.Write("kto.jsonl", string.Join("\n",
            """{"prompt":"P","completion":"g1","label":true}""",
            """{"prompt":"Q","completion":"x","label":false}""",
            """{"prompt":"P","completion":"b1","label":false}""",
            """{"prompt":"P","chosen":"g2","rejected":"b2"}""",
            """{"prompt":"P","completion":"b1","label":false}""",
            """{"prompt":"R","completion":"only good","label":true}""",
            """{"prompt":"P","completion":"g1","label":false}""") + "\n");

        var summary = ConverterCatalog.Find("kto", "triplets").Convert(new ConversionRequest(input, folder.File("t.jsonl")), new ReadReport(), default);

        // P: goods g1, g2; bads b1, b2 (b1 once; g1 labelled bad too stays a positive only). Q has no good, R no bad.
        Assert.Equal("P|g1|b1,b2;P|g2|b1,b2", Triplets(folder.File("t.jsonl")));
        Assert.Equal(2, summary.RowsOut);
        Assert.Equal(1, summary.Skipped[KtoToTripletsConverter.NoGood]);
        Assert.Equal(1, summary.Skipped[KtoToTripletsConverter.NoBad]);
    }

    [Fact]
    public void TripletToQa_Triplets_QuestionsWithTheTopAnswerFirstAndTextIds()
    {
        using var folder = new TempFolder();
        string input = folder.Write("t.jsonl", string.Join("\n",
            """{"anchor":"a cat","positive":"feline","negatives":["dog","feline","car"]}""",
            """{"anchor":"a car","positive":"car","negative":"dog"}""",
            """{"anchor":"a cat","positive":"kitten","negative":"dog"}""") + "\n");

        var summary = ConverterCatalog.Find("triplet", "qa").Convert(new ConversionRequest(input, folder.File("qa.jsonl")), new ReadReport(), default);

        var items = new RankedQaReader().Read(folder.File("qa.jsonl"), new ReadReport()).ToList();
        Assert.Equal((2L, 1L), (summary.RowsOut, summary.Skipped[TripletToQaConverter.RepeatedAnchor]));
        Assert.Equal(["a cat", "a car"], items.Select(i => i.Question.Title));
        Assert.Equal(["feline", "dog", "car"], items[0].Answers.Select(a => a.Body));      // the negative equal to the positive dropped
        Assert.Equal([1.0, 0, 0], items[0].Answers.Select(a => a.Score));
        // The same text is the same document in every question: "dog" and "car" keep their ids across rows.
        Assert.Equal(items[0].Answers[1].Id, items[1].Answers[1].Id);
        Assert.Equal(items[0].Answers[2].Id, items[1].Answers[0].Id);
        // echo -n "dog" | sha256sum → cd6357efdd966de8c0cb2f876cc89ec74ce35f0968e11743987084bd42fb8944
        Assert.Equal("d-cd6357efdd96", items[0].Answers[1].Id);
    }
}
