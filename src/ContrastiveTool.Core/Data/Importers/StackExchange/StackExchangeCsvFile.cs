using System.Globalization;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Importers.StackExchange;

/// <summary>One of the dump's CSV files, read by column name: its header is checked, every bad row goes to the rejects.</summary>
/// <remarks>The encoding is detected (<see cref="TextEncodingDetector"/>). Columns are found by header name
/// (case-insensitive), so extra or reordered columns are fine; a missing one is a user error.</remarks>
public sealed class StackExchangeCsvFile(string path, IReadOnlyList<string> required, IRejectSink rejects)
{
    /// <summary>Bytes of the file (for progress).</summary>
    public long Size { get; } = new FileInfo(path).Length;

    /// <summary>Characters read so far (bytes for Latin-1; close to bytes for UTF-8).</summary>
    public long Done => _reader?.CharactersRead ?? 0;

    /// <summary>Good rows and rejected rows so far.</summary>
    public long Good { get; private set; }

    public long Rejected { get; private set; }

    private CsvRecordReader? _reader;

    /// <summary>The good rows as column name → value.</summary>
    public IEnumerable<(long Line, Func<string, string> Field)> Rows(Func<Func<string, string>, (string Reason, string Detail)?> check,
        CancellationToken cancellationToken)
    {
        using var text = new StreamReader(path, TextEncodingDetector.Detect(path), detectEncodingFromByteOrderMarks: true);
        _reader = new CsvRecordReader(text);
        var header = _reader.Next() ?? throw new UserInputException($"{path} is empty; expected a header row: {string.Join(",", required)}");
        var columns = required.ToDictionary(name => name, name => IndexOf(header.Fields, name), StringComparer.OrdinalIgnoreCase);
        if (columns.Where(c => c.Value < 0).Select(c => c.Key).ToList() is { Count: > 0 } missing)
            throw new UserInputException($"{path}: the header has no column {string.Join(", ", missing)}; expected {string.Join(",", required)} (Kaggle's StackExchange layout)");
        while (_reader.Next() is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string Field(string name) => record.Fields[columns[name]];
            (string Reason, string Detail)? problem = record.Error is { } error ? (StackExchangeRejectReasons.MalformedCsv, error)
                : record.Fields.Count != header.Fields.Count
                    ? (StackExchangeRejectReasons.WrongColumnCount, $"{record.Fields.Count} fields, the header has {header.Fields.Count}")
                    : check(Field);
            if (problem is { } found)
            {
                Rejected++;
                rejects.Add(new RejectedRow(record.Line, null, found.Reason, found.Detail, record.Raw));
                continue;
            }
            Good++;
            yield return (record.Line, Field);
        }
    }

    /// <summary>Whether <paramref name="text"/> is an integer (ids, scores).</summary>
    public static bool IsInteger(string text) => long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (int i = 0; i < header.Count; i++)
            if (string.Equals(header[i].Trim().TrimStart('\uFEFF'), name, StringComparison.OrdinalIgnoreCase))
                return i;
        return -1;
    }
}
