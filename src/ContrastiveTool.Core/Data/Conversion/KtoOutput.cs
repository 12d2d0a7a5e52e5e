using ContrastiveTool.Core.Data.Kto;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Text;

namespace ContrastiveTool.Core.Data.Conversion;

/// <summary>Writes KTO rows (TRL unpaired preference), balanced when the request asks.</summary>
/// <remarks>Balancing reads the input twice: first to count good and bad rows (rejects are counted then), then to
/// write the kept rows in file order (<see cref="KtoBalance"/>). Memory stays flat in the file's size.</remarks>
public static class KtoOutput
{
    /// <summary>Converts: <paramref name="rows"/> reads the input into a report and yields its KTO rows.</summary>
    public static ConversionSummary Write(ConversionRequest request, ReadReport report,
        Func<ReadReport, IEnumerable<KtoRow>> rows, IReadOnlyDictionary<string, long>? skipped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rows);
        long good = 0, bad = 0;
        if (request.Balance is null)
        {
            var counted = rows(report).Select(row => { if (row.Label) good++; else bad++; return row; });
            long written = ConversionOutput.Write(request.Output, counted, new KtoWriter(), cancellationToken);
            return new ConversionSummary(written, skipped ?? new Dictionary<string, long>(), new LabelCounts(good, bad, good, bad, false));
        }
        foreach (var row in rows(report))
            if (row.Label) good++; else bad++;
        var (keepGood, keepBad) = request.Balance.Targets(good, bad);
        var random = StableRandom.For(request.Balance.Seed, 0);
        var goodDraw = new KtoBalance.Draw(good, keepGood, random);
        var badDraw = new KtoBalance.Draw(bad, keepBad, random);
        var kept = rows(new ReadReport()).Where(row => row.Label ? goodDraw.Next() : badDraw.Next());
        long rowsOut = ConversionOutput.Write(request.Output, kept, new KtoWriter(), cancellationToken);
        return new ConversionSummary(rowsOut, skipped ?? new Dictionary<string, long>(), new LabelCounts(good, bad, keepGood, keepBad, true));
    }
}
