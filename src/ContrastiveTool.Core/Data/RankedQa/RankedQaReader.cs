using ContrastiveTool.Core.Data.Json;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.RankedQa;

/// <summary>Streams ranked-QA rows from JSON Lines or one JSON array; every bad row goes to the report, none vanishes.</summary>
/// <remarks>Rows are parsed on all cores in batches and handed out in file order. A question id seen
/// before rejects the later row. Memory stays flat in the file's size (one batch of rows, plus the
/// set of question ids seen).</remarks>
public sealed class RankedQaReader
{
    /// <summary>Reads <paramref name="path"/>, counting good and rejected rows into <paramref name="report"/>.</summary>
    public IEnumerable<RankedQaItem> Read(string path, ReadReport report, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"no such file: {path}", path);
        return ReadFile(path, report, cancellationToken);
    }

    private IEnumerable<RankedQaItem> ReadFile(string path, ReadReport report, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        foreach (var item in Read(stream, report, cancellationToken))
            yield return item;
    }

    /// <summary>Reads a seekable <paramref name="stream"/>, counting good and rejected rows into <paramref name="report"/>.</summary>
    public IEnumerable<RankedQaItem> Read(Stream stream, ReadReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        var source = RawRecordSource.Open(stream);
        report.Attach(source);
        return Rows(source, report, cancellationToken);
    }

    private static IEnumerable<RankedQaItem> Rows(IRawRecordSource source, ReadReport report, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parser = new ParallelRowParser<RankedQaItem>(new RankedQaRowParser());
        foreach (var (record, result) in parser.Parse(source.Records(cancellationToken), cancellationToken))
        {
            if (!result.IsOk)
            {
                report.Reject(new RejectedRow(record.Line, record.Element, result.Reason!, result.Detail!, record.Text));
                continue;
            }
            var item = result.Value!;
            if (!seen.Add(item.Question.Id))
            {
                report.Reject(new RejectedRow(record.Line, record.Element, QaRejectReasons.DuplicateQuestionId,
                    $"question id {item.Question.Id} was already read on an earlier row; the later row is rejected", record.Text));
                continue;
            }
            report.CountGood();
            yield return item;
        }
    }
}
