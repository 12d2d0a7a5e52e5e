using System.Text;
using ContrastiveTool.Core.Data.Conversion;
using ContrastiveTool.Core.Data.Cpo;
using ContrastiveTool.Core.Data.Kto;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Triplets;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Data.Conversion;

/// <summary>Read → write → read is the identity, and Arabic survives every conversion byte for byte.</summary>
public sealed class RoundTripTests
{
    private const string Arabic = "ما عاصمة مصر؟ القاهرة\u200Cهي العاصمة، «نعم» — ١٢٣";

    private static ConversionSummary Convert(string from, string to, string input, string output, ConversionRequest? request = null) =>
        ConverterCatalog.Find(from, to).Convert((request ?? new ConversionRequest(input, output)) with { Input = input, Output = output }, new ReadReport(), default);

    [Fact]
    public void Kto_ReadWriteRead_IsTheIdentity()
    {
        using var folder = new TempFolder();
        string input = MixedFixtureTests.Path("mixed-kto.jsonl");
        Convert("kto", "kto", input, folder.File("once.jsonl"));
        Convert("kto", "kto", folder.File("once.jsonl"), folder.File("twice.jsonl"));
        var once = new KtoReader().Read(folder.File("once.jsonl"), new ReadReport()).SelectMany(r => r.Rows).ToList();
        var twice = new KtoReader().Read(folder.File("twice.jsonl"), new ReadReport()).SelectMany(r => r.Rows).ToList();
        Assert.Equal(once.Select(r => (r.Prompt, r.Completion, r.Label, r.System)), twice.Select(r => (r.Prompt, r.Completion, r.Label, r.System)));
        Assert.Equal(File.ReadAllBytes(folder.File("once.jsonl")).Length, File.ReadAllBytes(folder.File("twice.jsonl")).Length);
    }

    [Fact]
    public void Cpo_ReadWriteRead_IsTheIdentity_SyntheticMarksIncluded()
    {
        using var folder = new TempFolder();
        string input = MixedFixtureTests.Path("mixed-cpo.jsonl");
        var request = new ConversionRequest("", "", new CpoOptions(Synthetic: ["truncation", "negation", "generic"]));
        Convert("cpo", "cpo", input, folder.File("once.jsonl"), request);
        var once = new CpoReader().Read(folder.File("once.jsonl"), new ReadReport()).ToList();
        Convert("cpo", "cpo", folder.File("once.jsonl"), folder.File("twice.jsonl"), request);
        var twice = new CpoReader().Read(folder.File("twice.jsonl"), new ReadReport()).ToList();
        Assert.Contains(once, r => r.Negatives.Any(n => n.IsSynthetic));
        Assert.Equal(once.Select(r => (r.Prompt, r.Chosen, r.ContrastiveGroup, string.Join("|", r.Negatives))),
            twice.Select(r => (r.Prompt, r.Chosen, r.ContrastiveGroup, string.Join("|", r.Negatives))));
    }

    [Fact]
    public void Triplets_ReadWriteRead_IsTheIdentity()
    {
        using var folder = new TempFolder();
        string input = folder.Write("t.jsonl", "{\"anchor\":\"a\",\"positive\":\"p\",\"negative_1\":\"n1\",\"negative_2\":\"n2\"}\n{\"query\":\"q\",\"pos\":[\"x\",\"y\"],\"neg\":\"z\"}\n");
        Convert("triplet", "triplets", input, folder.File("once.jsonl"));
        Convert("triplet", "sentence-transformers", folder.File("once.jsonl"), folder.File("st.jsonl"));
        Convert("triplet", "triplets", folder.File("st.jsonl"), folder.File("twice.jsonl"));
        static string Rows(string path) => string.Join(";", new TripletReader().Read(path, new ReadReport())
            .SelectMany(r => r.Triplets).Select(t => $"{t.Anchor}|{t.Positive}|{string.Join(",", t.Negatives)}"));
        Assert.Equal("a|p|n1,n2;q|x|z;q|y|z", Rows(folder.File("once.jsonl")));
        Assert.Equal(Rows(folder.File("once.jsonl")), Rows(folder.File("twice.jsonl")));
    }

    [Theory]
    [InlineData("kto", "kto", "{\"prompt\":\"P\",\"chosen\":\"C\",\"rejected\":\"R\"}")]
    [InlineData("kto", "trl-kto", "{\"messages\":[{\"role\":\"user\",\"content\":\"P\"},{\"role\":\"assistant\",\"content\":\"C\"}],\"label\":\"جيد\"}")]
    [InlineData("cpo", "cpo", "{\"prompt\":\"P\",\"chosen\":\"C\",\"rejected\":[\"R\"]}")]
    [InlineData("cpo", "trl-cpo", "{\"prompt\":\"P\",\"chosen\":\"C\",\"alternatives\":\"R\"}")]
    [InlineData("cpo", "sentence-transformers", "{\"prompt\":\"P\",\"chosen\":\"C\",\"negatives\":\"R\"}")]
    [InlineData("cpo", "kto", "{\"prompt\":\"P\",\"chosen\":\"C\",\"negatives\":\"R\"}")]
    [InlineData("triplet", "triplets", "{\"anchor\":\"P\",\"positive\":\"C\",\"negative\":\"R\"}")]
    [InlineData("nli", "sentence-transformers", "{\"premise\":\"P\",\"hypothesis\":\"C\",\"label\":0}\n{\"premise\":\"P\",\"hypothesis\":\"R\",\"label\":2}")]
    [InlineData("qa", "triplets", "{\"question\":{\"id\":1,\"title\":\"P\"},\"answers\":[{\"body\":\"C\",\"score\":3},{\"body\":\"R\",\"score\":-1}]}")]
    [InlineData("qa", "kto", "{\"question\":{\"id\":1,\"title\":\"P\"},\"answers\":[{\"body\":\"C\",\"score\":3},{\"body\":\"R\",\"score\":-1}]}")]
    public void Convert_ArabicText_SurvivesByteForByte(string from, string to, string template)
    {
        using var folder = new TempFolder();
        string[] texts = [Arabic + " P", Arabic + " C", Arabic + " R"];
        string input = folder.Write("in.jsonl", template.Replace("\"P\"", Quote(texts[0])).Replace("\"C\"", Quote(texts[1])).Replace("\"R\"", Quote(texts[2])) + "\n");
        var summary = Convert(from, to, input, folder.File("out.jsonl"));
        Assert.True(summary.RowsOut > 0);
        byte[] output = File.ReadAllBytes(folder.File("out.jsonl"));
        foreach (var text in to == "trl-kto" ? texts[..2] : texts)
            Assert.True(output.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0, $"{text} not found verbatim in {Encoding.UTF8.GetString(output)}");
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text, new System.Text.Json.JsonSerializerOptions { Encoder = ContrastiveTool.Core.Data.JsonOutput.ReadableEncoder });
}
