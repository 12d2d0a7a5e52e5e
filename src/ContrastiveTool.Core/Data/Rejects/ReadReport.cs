using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Rejects;

/// <summary>What a reader has seen so far: good rows, rejects by reason, blank lines, bytes.</summary>
/// <remarks>Updated while the reader streams, so a progress display can poll it. Every record read is
/// either good or rejected: <c>Good + Rejected == Records</c>.</remarks>
public sealed class ReadReport(IRejectSink? sink = null)
{
    private readonly SortedDictionary<string, long> _rejectsByReason = new(StringComparer.Ordinal);
    private IRawRecordSource? _source;

    /// <summary>Rows parsed and accepted.</summary>
    public long Good { get; private set; }

    /// <summary>Rows rejected, all reasons together.</summary>
    public long Rejected { get; private set; }

    /// <summary>Records read: <c>Good + Rejected</c>.</summary>
    public long Records => Good + Rejected;

    /// <summary>Whitespace-only lines (or empty array slots), skipped and counted.</summary>
    public long BlankLines => _source?.BlankLines ?? 0;

    /// <summary>Bytes consumed from the input so far.</summary>
    public long BytesRead => _source?.BytesRead ?? 0;

    /// <summary>Rejected rows per reason, reasons in ordinal order.</summary>
    public IReadOnlyDictionary<string, long> RejectsByReason => _rejectsByReason;

    /// <summary>Rejected / records; 0 for an empty file.</summary>
    public double RejectRatio => Records == 0 ? 0 : (double)Rejected / Records;

    internal void Attach(IRawRecordSource source) => _source = source;

    internal void CountGood() => Good++;

    internal void Reject(RejectedRow row)
    {
        Rejected++;
        _rejectsByReason[row.Reason] = _rejectsByReason.GetValueOrDefault(row.Reason) + 1;
        sink?.Add(row);
    }

    /// <summary>Throws <see cref="RejectRatioExceededException"/> when more than <paramref name="maxRatio"/> of the rows were rejected.</summary>
    public void EnsureRejectRatioAtMost(double maxRatio)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRatio);
        if (RejectRatio > maxRatio)
            throw new RejectRatioExceededException(this, maxRatio);
    }
}
