using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Json;

/// <summary>Streams a data file through a row parser: rows parsed on all cores, handed back in file order, every
/// failed row sent to the report's rejects with its line and reason.</summary>
/// <remarks>Memory is one batch of rows. The caller decides when a parsed row is good (it may still reject it, e.g.
/// a duplicate), so it calls <see cref="Accept"/> or <see cref="Reject"/> for every row it is handed.</remarks>
public static class JsonRowFile
{
    /// <summary>The parsed rows of <paramref name="path"/> with their records; failed rows are already rejected.</summary>
    public static IEnumerable<(RawRecord Record, T Row)> Read<T>(
        string path, IRowParser<T> parser, ReadReport report, CancellationToken cancellationToken) where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(report);
        if (!File.Exists(path))
            throw new FileNotFoundException($"no such file: {path}", path);
        return ReadFile(path, parser, report, cancellationToken);
    }

    private static IEnumerable<(RawRecord, T)> ReadFile<T>(
        string path, IRowParser<T> parser, ReadReport report, CancellationToken cancellationToken) where T : class
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var source = RawRecordSource.Open(stream);
        report.Attach(source);
        var parallel = new ParallelRowParser<T>(parser);
        foreach (var (record, result) in parallel.Parse(source.Records(cancellationToken), cancellationToken))
        {
            if (result.IsOk)
                yield return (record, result.Value!);
            else
                Reject(report, record, result.Reason!, result.Detail!);
        }
    }

    /// <summary>The rows of <paramref name="path"/> that parse, each counted good (for formats with no check across rows).</summary>
    public static IEnumerable<T> ReadAll<T>(string path, IRowParser<T> parser, ReadReport report, CancellationToken cancellationToken) where T : class
    {
        foreach (var (_, row) in Read(path, parser, report, cancellationToken))
        {
            report.CountGood();
            yield return row;
        }
    }

    /// <summary>Counts a row handed out by <see cref="Read"/> as good.</summary>
    public static void Accept(ReadReport report) => report.CountGood();

    /// <summary>Rejects a row the caller found bad after parsing.</summary>
    public static void Reject(ReadReport report, RawRecord record, string reason, string detail)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(record);
        report.Reject(new RejectedRow(record.Line, record.Element, reason, detail, record.Text));
    }
}
