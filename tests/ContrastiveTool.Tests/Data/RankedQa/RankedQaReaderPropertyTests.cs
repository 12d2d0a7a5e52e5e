using System.Text;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Tests.TestSupport;
using CsCheck;

namespace ContrastiveTool.Tests.Data.RankedQa;

/// <summary>No row vanishes: for any file, good + rejected + blank = physical lines, and every rejected line is named.</summary>
public sealed class RankedQaReaderPropertyTests
{
    private sealed class LineSink : IRejectSink
    {
        public List<long> Lines { get; } = [];
        public void Add(RejectedRow row) => Lines.Add(row.Line);
    }

    // A line is a good row, a corrupted good row (cut, byte flipped, field removed), blank, or noise.
    private static readonly Gen<string> Line = Gen.OneOf(
        Gen.Int[1, 1_000_000].Select(id => QaRows.Good("q" + id)),
        Gen.Int[1, 1_000_000].SelectMany(id => Gen.Int[1, 200].Select(cut => { var row = QaRows.Good("q" + id); return row[..Math.Min(cut, row.Length - 1)]; })),
        Gen.Int[1, 1_000_000].SelectMany(id => Gen.Int[0, 150].SelectMany(at => Gen.Char["{}[]\",: x0"].Select(c =>
        {
            var row = new StringBuilder(QaRows.Good("q" + id)); row[Math.Min(at, row.Length - 1)] = c; return row.ToString();
        }))),
        Gen.Int[1, 1_000_000].Select(id => QaRows.Good("q" + id).Replace("\"score\": 5", "\"scor\": 5")),
        Gen.Const(""), Gen.Const("   "),
        Gen.String[Gen.Char.AlphaNumeric, 1, 30]);

    [Fact]
    public void Read_AnyMixOfLines_GoodPlusRejectedPlusBlankEqualsLines()
    {
        // A file whose first non-blank character is '[' is a JSON array by definition (the reader sniffs it), so a corrupted
        // first row that starts with '[' is not a JSON Lines input; such samples belong to the array tests.
        Line.List[0, 60].Where(lines => !string.Concat(lines.Select(line => line + "\n")).TrimStart().StartsWith('[')).Sample(lines =>
        {
            using var folder = new TempFolder();
            string path = folder.Write("qa.jsonl", string.Concat(lines.Select(line => line + "\n")));
            var sink = new LineSink();
            var report = new ReadReport(sink);
            var items = new RankedQaReader().Read(path, report).ToList();

            int physical = lines.Count;
            Assert.Equal(physical, report.Good + report.Rejected + report.BlankLines);
            Assert.Equal(report.Good, items.Count);
            var blank = Enumerable.Range(1, physical).Where(n => string.IsNullOrWhiteSpace(lines[n - 1])).Select(n => (long)n);
            var named = items.Select(i => i.Line).Concat(sink.Lines).Concat(blank).Order();
            Assert.Equal(Enumerable.Range(1, physical).Select(n => (long)n), named);
        }, iter: 150, seed: "0N0XIzNsQ0O2");
    }
}
