using System.Text.Json;
using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Core.Models.Tokenization;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Models;

/// <summary>Ids pinned against Hugging Face's uncased BertTokenizer, via the committed reference script
/// <c>scripts/models/bert_reference_tokenizer.py</c> (its output: Fixtures/models/wordpiece-reference.json).</summary>
public sealed class WordPieceTextTokenizerTests
{
    private static readonly Lazy<WordPieceTextTokenizer> Plain = new(() => PackagedModel.MiniLm.CreateTokenizer(normalizeArabic: false));

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var item in ReferenceCases().EnumerateArray())
            data.Add(item.GetProperty("name").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Encode_ReferenceText_EqualsHuggingFaceIds(string name)
    {
        var reference = ReferenceCases().EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        string text = reference.GetProperty("text").GetString()!;
        var expected = reference.GetProperty("ids").EnumerateArray().Select(e => e.GetInt32()).ToArray();

        Assert.Equal(expected, Plain.Value.Encode(text, 512));
    }

    [Fact]
    public void Encode_ExampleSentence_GivesTheKnownIds()
    {
        Assert.Equal([101, 2023, 2003, 2019, 2742, 6251, 102], Plain.Value.Encode("This is an example sentence", 128));
    }

    [Fact]
    public void Encode_LongerThanMaxLength_KeepsClsAndSepAroundTheFirstPieces()
    {
        // 5 words + [CLS] + [SEP] = 7 ids; max 5 keeps [CLS] this is an [SEP].
        Assert.Equal([101, 2023, 2003, 2019, 102], Plain.Value.Encode("This is an example sentence", 5));
    }

    [Fact]
    public void EncodeBatch_DifferentLengths_PadsToTheLongestWithMask()
    {
        var batch = Plain.Value.EncodeBatch(["This is", "This is an example"], 128);

        Assert.Equal((2, 6), (batch.BatchSize, batch.Length));
        Assert.Equal(new long[] { 101, 2023, 2003, 102, 0, 0, 101, 2023, 2003, 2019, 2742, 102 }, batch.InputIds);
        Assert.Equal(new long[] { 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1 }, batch.AttentionMask);
    }

    [Fact]
    public void Encode_ManyThreadsAtOnce_GivesTheSameIdsAsOneThread()
    {
        // EmbeddingRunner tokenises in parallel; the shared tokenizer must not mix texts up.
        var texts = Enumerable.Range(0, 2000).Select(i => $"text {i}: naïve café, ٱلْحَمْدُ #{i * 7919 % 1000} tokenisation").ToArray();
        var sequential = texts.Select(t => Plain.Value.Encode(t, 64)).ToArray();

        var parallel = new int[texts.Length][];
        Parallel.For(0, texts.Length, i => parallel[i] = Plain.Value.Encode(texts[i], 64));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void FromVocabulary_NoClsToken_ThrowsUserInputException()
    {
        Assert.Throws<ContrastiveTool.Core.UserInputException>(() =>
            WordPieceTextTokenizer.FromVocabulary(["[PAD]", "[UNK]", "hello"]));
    }

    private static JsonElement ReferenceCases()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Fixture.Path("models", "wordpiece-reference.json")));
        return document.RootElement.GetProperty("cases").Clone();
    }
}
