using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Data.RankedQa;

public sealed partial class RankedQaReaderTests
{
    private sealed class CollectingSink : IRejectSink
    {
        public List<RejectedRow> Rows { get; } = [];
        public void Add(RejectedRow row) => Rows.Add(row);
    }

    private static (List<RankedQaItem> Items, ReadReport Report, List<RejectedRow> Rejects) Read(string content)
    {
        using var folder = new TempFolder();
        var sink = new CollectingSink();
        var report = new ReadReport(sink);
        var items = new RankedQaReader().Read(folder.Write("qa.jsonl", content), report).ToList();
        return (items, report, sink.Rows);
    }

    private static RejectedRow SingleReject(string badLine)
    {
        var (items, report, rejects) = Read(QaRows.Good("q1") + "\n" + badLine + "\n" + QaRows.Good("q3") + "\n");
        Assert.Equal(["q1", "q3"], items.Select(i => i.Question.Id));
        Assert.Equal(1, report.Rejected);
        var reject = Assert.Single(rejects);
        Assert.Equal(2, reject.Line);
        Assert.Equal(badLine, reject.Raw);
        return reject;
    }

    [Theory]
    [InlineData("""{"question": {"id": "q2", "title": "T"} "answers": []}""", QaRejectReasons.MalformedJson)]
    [InlineData("""{"question": {"id": "q2", "title": "T"}, "answers": [{"id": "a", "bo""", QaRejectReasons.TruncatedJson)]
    [InlineData("""["q2", "not", "an", "object"]""", QaRejectReasons.NotAnObject)]
    [InlineData("""{"question": {"title": "T"}, "answers": [{"id": "a", "body": "B", "score": 1}]}""", QaRejectReasons.MissingQuestionId)]
    [InlineData("""{"answers": [{"id": "a", "body": "B", "score": 1}]}""", QaRejectReasons.MissingQuestionId)]
    [InlineData("""{"question": {"id": "q2", "title": "  <b></b> "}, "answers": [{"id": "a", "body": "B", "score": 1}]}""", QaRejectReasons.MissingQuestionTitle)]
    [InlineData("""{"question": {"id": "q2", "title": "T"}, "answers": []}""", QaRejectReasons.NoAnswers)]
    [InlineData("""{"question": {"id": "q2", "title": "T"}}""", QaRejectReasons.NoAnswers)]
    [InlineData("""{"question": {"id": "q2", "title": "T"}, "answers": ["just text"]}""", QaRejectReasons.AnswerNotAnObject)]
    [InlineData("""{"question": {"id": "q2", "title": "T"}, "answers": [{"id": "a", "body": "B"}]}""", QaRejectReasons.MissingScore)]
    [InlineData("""{"question": {"id": "q2", "title": "T"}, "answers": [{"id": "a", "body": "B", "score": "lots"}]}""", QaRejectReasons.NonNumericScore)]
    [InlineData("""{"question": {"id": "q2", "title": "T"}, "answers": [{"id": "a", "body": "B", "score": true}]}""", QaRejectReasons.NonNumericScore)]
    [InlineData("""{"question": {"id": "q2", "title": "T"}, "answers": [{"id": "a", "body": "ok", "score": 2}, {"id": "b", "body": "", "score": 1}]}""", QaRejectReasons.EmptyAnswerBody)]
    [InlineData("""{"question": {"id": "q1", "title": "Again"}, "answers": [{"id": "a", "body": "B", "score": 1}]}""", QaRejectReasons.DuplicateQuestionId)]
    public void Read_BadRowBetweenGoodOnes_RejectsItWithLineAndReason(string badLine, string reason)
    {
        var reject = SingleReject(badLine);
        Assert.Equal(reason, reject.Reason);
        Assert.False(string.IsNullOrWhiteSpace(reject.Detail));
    }

    [Fact]
    public void Read_EveryRejectReason_IsCoveredByATest()
    {
        var tested = typeof(RankedQaReaderTests).GetMethod(nameof(Read_BadRowBetweenGoodOnes_RejectsItWithLineAndReason))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[1]).ToHashSet();
        Assert.Equal(QaRejectReasons.All.OrderBy(r => r), tested.OrderBy(r => r));
    }

    [Fact]
    public void Read_AnswersOutOfOrder_RanksByScoreDescendingTiesInFileOrder()
    {
        var (items, _, _) = Read(QaRows.Good("q1", ("low", -2), ("tieA", 7), ("top", 10), ("tieB", 7)));
        var answers = Assert.Single(items).Answers;
        Assert.Equal(["top", "tieA", "tieB", "low"], answers.Select(a => a.Id));
        Assert.Equal([0, 1, 2, 3], answers.Select(a => a.Rank));
        Assert.Equal("top", items[0].Positive.Id);
        Assert.Equal(["tieA", "tieB", "low"], items[0].HardNegatives.Select(a => a.Id));
    }

    [Fact]
    public void Read_HtmlBodies_AreStrippedAndDecoded()
    {
        const string row = """{"question": {"id": 42, "title": "Lists &amp; loops", "body": "<p>I have a <b>list</b> &amp; want it</p>"}, "answers": [{"id": 7, "body": "<p>Use <code>sorted()</code>.</p><p>Done.</p>", "score": "3", "is_accepted": true}]}""";
        var item = Assert.Single(Read(row).Items);
        Assert.Equal("42", item.Question.Id);
        Assert.Equal("Lists & loops", item.Question.Title);
        Assert.Equal("I have a list & want it", item.Question.Body);
        Assert.Equal("Lists & loops I have a list & want it", item.Question.Text);
        var answer = Assert.Single(item.Answers);
        Assert.Equal(("7", "Use sorted(). Done.", 3.0, true), (answer.Id, answer.Body, answer.Score, answer.IsAccepted));
    }

    [Fact]
    public void Read_AnswerWithoutId_GetsQuestionIdAndPosition()
    {
        const string row = """{"question": {"id": "q9", "title": "T"}, "answers": [{"body": "B", "score": 1}, {"body": "C", "score": 4}]}""";
        Assert.Equal(["q9#1", "q9#0"], Assert.Single(Read(row).Items).Answers.Select(a => a.Id));
    }

    [Fact]
    public void Read_BlankLinesCrlfAndBom_CountsBlanksAndKeepsPhysicalLineNumbers()
    {
        string content = "\uFEFF" + QaRows.Good("q1") + "\r\n\r\n   \r\n{oops}\r\n" + QaRows.Good("q5");
        var (items, report, rejects) = Read(content);
        Assert.Equal(["q1", "q5"], items.Select(i => i.Question.Id));
        Assert.Equal(2, report.BlankLines);
        Assert.Equal(4, Assert.Single(rejects).Line);
        Assert.Equal("{oops}", rejects[0].Raw);
        Assert.Equal(5, items[1].Line);
    }

    [Fact]
    public void Read_JsonArray_RejectsCarryElementIndexAndStartingLine()
    {
        string content = "[\n  " + QaRows.Good("q1") + ",\n  {\"question\": {\"id\": \"q2\",\n    \"title\": \"T\"}, \"answers\": [{\"body\": \"x\"}]},\n  " +
                         QaRows.Good("q3") + "\n]\n";
        var (items, report, rejects) = Read(content);
        Assert.Equal(["q1", "q3"], items.Select(i => i.Question.Id));
        var reject = Assert.Single(rejects);
        Assert.Equal((3L, (long?)1L, QaRejectReasons.MissingScore), (reject.Line, reject.Element, reject.Reason));
        Assert.Equal(3, report.Records);
        Assert.Equal(5, items[1].Line);
    }

    [Fact]
    public void Read_JsonArrayWithMalformedElement_ReadsTheElementsAfterIt()
    {
        string content = "[" + QaRows.Good("q1") + ", {\"question\": {\"id\": \"q2\" \"title\": \"T\"}}, " + QaRows.Good("q3") + "]";
        var (items, _, rejects) = Read(content);
        Assert.Equal(["q1", "q3"], items.Select(i => i.Question.Id));
        Assert.Equal(QaRejectReasons.MalformedJson, Assert.Single(rejects).Reason);
    }

    [Fact]
    public void Read_JsonArrayCutOffMidElement_ReportsTruncatedLastElement()
    {
        string content = "[" + QaRows.Good("q1") + ",\n" + QaRows.Good("q2")[..40];
        var (items, _, rejects) = Read(content);
        Assert.Equal(["q1"], items.Select(i => i.Question.Id));
        var reject = Assert.Single(rejects);
        Assert.Equal((2L, (long?)1L, QaRejectReasons.TruncatedJson), (reject.Line, reject.Element, reject.Reason));
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFoundWithThePath()
    {
        var error = Assert.Throws<FileNotFoundException>(() => new RankedQaReader().Read("/no/such/qa.jsonl", new ReadReport()));
        Assert.Contains("/no/such/qa.jsonl", error.Message);
    }

    [Fact]
    public void EnsureRejectRatioAtMost_AboveThreshold_ThrowsWithHowToFix()
    {
        var (_, report, _) = Read(QaRows.Good("q1") + "\nnot json\n");
        report.EnsureRejectRatioAtMost(0.5);
        var error = Assert.Throws<RejectRatioExceededException>(() => report.EnsureRejectRatioAtMost(0.49));
        Assert.Contains("1 of 2 rows", error.Message);
        Assert.Contains("--max-reject-ratio", error.Message);
    }
}
