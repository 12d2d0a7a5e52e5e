using ContrastiveTool.Core.Data.Kto;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Tests.TestSupport;
using CsCheck;

namespace ContrastiveTool.Tests.Data.Kto;

/// <summary>No row vanishes: for any mix of lines, KTO rows + rejects = rows read, a pairwise row counting twice.</summary>
public sealed class KtoReaderPropertyTests
{
    // (line, KTO rows it yields; 0 means it must be rejected)
    private static readonly Gen<(string Line, int Rows)> Line = Gen.OneOf(
        Gen.Int[1, 9999].Select(i => ($"{{\"prompt\":\"p{i}\",\"response\":\"r\",\"label\":\"{(i % 2 == 0 ? "جيد" : "Bad")}\"}}", 1)),
        Gen.Int[0, 10].Select(i => ($"{{\"prompt\":\"p\",\"completion\":\"r\",\"rating\":{i}}}", i is >= 1 and <= 5 ? 1 : 0)),
        Gen.Double[0, 1].Select(d => ($"{{\"prompt\":\"p\",\"response\":\"r\",\"score\":{d.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}", 1)),
        Gen.Int[1, 9999].Select(i => ($"{{\"prompt\":\"p\",\"chosen\":\"a{i}\",\"rejected\":\"b{i}\"}}", 2)),
        Gen.String[Gen.Char.AlphaNumeric, 1, 8].Select(w => ($"{{\"prompt\":\"p\",\"response\":\"r\",\"label\":\"x{w}\"}}", 0)),
        Gen.Int[1, 60].Select(cut => ("{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\"}"[..Math.Min(cut, 40)], 0)),
        Gen.String[Gen.Char.AlphaNumeric, 1, 20].Select(s => (s, 0)));

    [Fact]
    public void Read_AnyMixOfLines_KtoRowsPlusRejectsEqualsRowsWithPairwiseTwice()
    {
        Line.List[0, 40].Sample(lines =>
        {
            using var folder = new TempFolder();
            string path = folder.Write("kto.jsonl", string.Concat(lines.Select(l => l.Line + "\n")));
            var sink = new ListSink();
            var report = new ReadReport(sink);
            var rows = new KtoReader().Read(path, report).SelectMany(r => r.Rows).ToList();
            int expectedRows = lines.Sum(l => l.Rows);
            int bad = lines.Count(l => l.Rows == 0);
            Assert.Equal(expectedRows, rows.Count);
            Assert.Equal(bad, report.Rejected);
            Assert.Equal(lines.Count, report.Good + report.Rejected);
            Assert.Equal(rows.Count + report.Rejected, lines.Count + lines.Count(l => l.Rows == 2));
            var named = rows.Select(r => r.SourceLine).Distinct().Concat(sink.Rows.Select(r => r.Line)).Order();
            Assert.Equal(Enumerable.Range(1, lines.Count).Select(n => (long)n), named);
        }, iter: 100, seed: "0N0XIzNsQ0O2");
    }
}
