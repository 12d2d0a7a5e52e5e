using ContrastiveTool.Core.Data.Cpo;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Tests.TestSupport;
using CsCheck;

namespace ContrastiveTool.Tests.Data.Cpo;

/// <summary>No row vanishes and negatives stay distinct: for any mix of lines, good + rejects = rows read.</summary>
public sealed class CpoReaderPropertyTests
{
    private static readonly string[] Aliases = ["negatives", "rejected", "rejected_responses", "bad_responses", "negative_responses", "alternatives"];

    // (line, good?) — negatives drawn from a tiny vocabulary with spacing variants, so duplicates are common.
    private static readonly Gen<(string Line, bool Good)> Line = Gen.OneOf(
        Gen.Int[0, 5].SelectMany(alias => Gen.Int[0, 4].Array[0, 5].Select(ids =>
        {
            var negatives = ids.Select(i => i % 2 == 0 ? $"\"n{i}\"" : $"\"  n{i - 1} \"").ToList();
            bool good = negatives.Count > 0;
            return ($"{{\"prompt\":\"p\",\"chosen\":\"c\",\"{Aliases[alias]}\":[{string.Join(",", negatives)}]}}", good);
        })),
        Gen.Int[1, 50].Select(cut => ("{\"prompt\":\"p\",\"chosen\":\"c\",\"rejected\":\"n\"}"[..Math.Min(cut, 38)], false)),
        Gen.Const(("{\"prompt\":\"p\",\"negatives\":[\"n\"]}", false)),
        Gen.String[Gen.Char.AlphaNumeric, 1, 10].Select(s => (s, false)));

    [Fact]
    public void Read_AnyMixOfLines_GoodPlusRejectedEqualsRows_NegativesDistinct()
    {
        Line.List[0, 40].Sample(lines =>
        {
            using var folder = new TempFolder();
            var sink = new ListSink();
            var report = new ReadReport(sink);
            var rows = new CpoReader().Read(folder.Write("cpo.jsonl", string.Concat(lines.Select(l => l.Line + "\n"))), report).ToList();
            Assert.Equal(lines.Count(l => l.Good), rows.Count);
            Assert.Equal(lines.Count, rows.Count + sink.Rows.Count);
            Assert.All(rows, r => Assert.Equal(r.Negatives.Count, r.Negatives.Select(n => n.Text).Distinct().Count()));
            Assert.All(rows, r => Assert.All(r.Negatives, n => Assert.Equal(n.Text.Trim(), n.Text)));
            Assert.Equal(Enumerable.Range(1, lines.Count).Select(n => (long)n), rows.Select(r => r.Line).Concat(sink.Rows.Select(r => r.Line)).Order());
        }, iter: 100, seed: "0N0XIzNsQ0O2");
    }
}
