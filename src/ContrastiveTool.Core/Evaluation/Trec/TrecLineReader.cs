using System.Text;
using ContrastiveTool.Core.Data.Json;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Evaluation.Trec;

/// <summary>The part the qrels and run readers share: stream the lines, split the fields, count good rows and rejects.</summary>
/// <remarks>Blank lines are skipped and counted; a line with the wrong number of fields, or one the parser refuses,
/// goes to the report's rejects with its 1-based line number, a reason and what was wrong.</remarks>
internal static class TrecLineReader
{
    /// <summary>A line's parser: returns null when it took the line, else (reason, detail).</summary>
    public delegate (string Reason, string Detail)? LineParser(ReadOnlySpan<byte> line, ReadOnlySpan<Range> fields);

    public static void Read(Stream stream, int fieldCount, string layout, ReadReport report, LineParser parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        var source = new JsonLinesSplitter(stream);
        report.Attach(source);
        Span<Range> fields = stackalloc Range[fieldCount];
        foreach (var record in source.Records(cancellationToken))
        {
            var line = record.Bytes.Span;
            int count = TrecFields.Split(line, fields);
            var failure = count != fieldCount
                ? (TrecRejectReasons.FieldCount, $"expected {fieldCount} fields ({layout}), found {count}")
                : parse(line, fields);
            if (failure is { } f)
                report.Reject(new RejectedRow(record.Line, null, f.Reason, f.Detail, record.Text));
            else
                report.CountGood();
        }
    }

    /// <summary>Opens a TREC file for one sequential read.</summary>
    public static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>A field as text, for messages.</summary>
    public static string Text(ReadOnlySpan<byte> field) => Encoding.UTF8.GetString(field);

    /// <summary>A (query, document) pair as one number, for duplicate checks.</summary>
    public static long Pair(int query, int document) => ((long)query << 32) | (uint)document;
}
