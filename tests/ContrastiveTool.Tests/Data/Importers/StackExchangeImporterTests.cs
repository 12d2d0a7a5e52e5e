using System.Text;
using System.Text.Json;
using ContrastiveTool.Core;
using ContrastiveTool.Core.Data.Importers.StackExchange;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Data.Importers;

public sealed class StackExchangeImporterTests
{
    private static readonly string Dump = ImportFixture.Path("stackexchange");

    [Fact]
    public void Import_Latin1Fixture_RanksAnswersAndStripsHtml()
    {
        using var folder = new TempFolder();
        var summary = new StackExchangeImporter(Dump).Import(folder.Path);
        var rows = ImportFixture.ReadQa(folder.File("qa.jsonl"));

        Assert.Equal(["6", "22", "36"], rows.Select(r => r.Question.Id));
        Assert.Equal("Last year, I read a blog post about the \"two cultures\". What is the difference, café-wise?", rows[0].Question.Body);
        Assert.Equal("26 Breiman's \"two cultures\" paper, naïvely summarised.:30 | 18 Machine learning cares about prediction; statistics about inference.:12",
            ImportFixture.Answers(rows[0]));
        Assert.Equal("23 A Bayesian says the probability is a belief.:41 | 24 Tie on score, later in the file.:41 | 25 Wrong & short.:-2",
            ImportFixture.Answers(rows[1]));
        Assert.All(rows.SelectMany(r => r.Answers), a => Assert.False(a.IsAccepted));
        Assert.Equal((4, 3, 1, 7, 1), (summary.Count("questions read"), summary.Count("questions with answers (written)"),
            summary.Count("questions without answers"), summary.Count("answers read"), summary.Count("answers to questions not read")));
    }

    [Fact]
    public void Import_BadRows_GoToRejectsWithLineAndReason()
    {
        using var folder = new TempFolder();
        new StackExchangeImporter(Dump).Import(folder.Path);
        static List<(int, string)> Rejects(string path) =>
            [.. File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement).Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("reason").GetString()!))];
        // Questions.csv: line 7 has Score "abc"; line 9 repeats Id 6 (the first question spans lines 2-4).
        Assert.Equal([(7, StackExchangeRejectReasons.NonNumericScore), (9, StackExchangeRejectReasons.DuplicateId)], Rejects(folder.File("questions.rejects.jsonl")));
        Assert.Equal([(9, StackExchangeRejectReasons.NonNumericScore), (10, StackExchangeRejectReasons.WrongColumnCount)], Rejects(folder.File("answers.rejects.jsonl")));
    }

    [Fact]
    public void Import_Utf8Copy_GivesTheSameRows()
    {
        using var folder = new TempFolder();
        string dump = Directory.CreateDirectory(Path.Combine(folder.Path, "utf8")).FullName;
        foreach (string name in new[] { "Questions.csv", "Answers.csv" })
            File.WriteAllText(Path.Combine(dump, name), File.ReadAllText(Path.Combine(Dump, name), Encoding.Latin1), new UTF8Encoding(false));
        new StackExchangeImporter(Dump).Import(Path.Combine(folder.Path, "latin1-out"));
        new StackExchangeImporter(dump).Import(Path.Combine(folder.Path, "utf8-out"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Path, "latin1-out", "qa.jsonl")), File.ReadAllBytes(Path.Combine(folder.Path, "utf8-out", "qa.jsonl")));
        Assert.Contains("café", File.ReadAllText(Path.Combine(folder.Path, "utf8-out", "qa.jsonl")));
    }

    [Fact]
    public void Import_Limit_StopsAfterThatManyQuestions()
    {
        using var folder = new TempFolder();
        new StackExchangeImporter(Dump, limit: 2).Import(folder.Path);
        Assert.Equal(["6", "22"], ImportFixture.ReadQa(folder.File("qa.jsonl")).Select(r => r.Question.Id));
    }

    [Fact]
    public void Import_MissingColumn_NamesItAndTheExpectedHeader()
    {
        using var folder = new TempFolder();
        folder.Write("Questions.csv", "Id,Score,Title\n1,2,x\n");
        folder.Write("Answers.csv", "Id,OwnerUserId,CreationDate,ParentId,Score,Body\n");
        var error = Assert.Throws<UserInputException>(() => new StackExchangeImporter(folder.Path).Import(folder.File("out")));
        Assert.Contains("no column OwnerUserId, CreationDate, Body", error.Message);
    }

    [Fact]
    public void CsvRecordReader_QuotedMultiLineField_KeepsCommasQuotesAndLineBreaks()
    {
        var reader = new CsvRecordReader(new StringReader("a,\"b,\"\"c\"\"\r\nd\",e\r\n\r\nf,\"open"));
        var first = reader.Next()!;
        Assert.Equal(["a", "b,\"c\"\r\nd", "e"], first.Fields);
        Assert.Equal((1L, (string?)null), (first.Line, first.Error));
        var second = reader.Next()!;
        Assert.Equal(4, second.Line);
        Assert.Equal(["f", "open"], second.Fields);
        Assert.Contains("never closed", second.Error);
        Assert.Null(reader.Next());
    }

    [Fact]
    public void TextEncodingDetector_Utf8SplitAcrossReads_StaysUtf8()
    {
        byte[] text = Encoding.UTF8.GetBytes(new string('x', (1 << 16) - 1) + "é");          // é's two bytes straddle the 64 KiB read
        Assert.True(TextEncodingDetector.IsUtf8(new MemoryStream(text)));
        Assert.False(TextEncodingDetector.IsUtf8(new MemoryStream(Encoding.Latin1.GetBytes("café"))));
    }
}
