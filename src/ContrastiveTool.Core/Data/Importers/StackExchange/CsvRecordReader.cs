using System.Text;

namespace ContrastiveTool.Core.Data.Importers.StackExchange;

/// <summary>Reads RFC 4180 CSV: comma-separated fields, double-quoted fields may hold commas, line breaks and
/// doubled quotes (<c>""</c> → <c>"</c>); records end at CR LF or LF outside quotes.</summary>
/// <remarks>Streams one record at a time. A record with a quote that never closes runs to the end of the file and
/// comes back with an <see cref="CsvRecord.Error"/>; so does one with text after a closing quote (kept as typed).
/// Empty lines are skipped.</remarks>
public sealed class CsvRecordReader(TextReader reader)
{
    private long _line = 1;

    /// <summary>Characters consumed so far (for progress).</summary>
    public long CharactersRead { get; private set; }

    /// <summary>The next record, or null at the end of the input.</summary>
    public CsvRecord? Next()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var raw = new StringBuilder();
        long start = _line;
        bool quoted = false, wasQuoted = false;
        string? error = null;
        while (true)
        {
            int read = Read();
            if (read < 0)
            {
                if (quoted)
                    error = $"a quoted field opened on line {start} is never closed";
                if (raw.Length == 0 && fields.Count == 0)
                    return null;
                fields.Add(field.ToString());
                return new CsvRecord(start, fields, raw.ToString(), error);
            }
            char c = (char)read;
            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"')
                {
                    raw.Append(c).Append((char)Read());
                    field.Append('"');
                }
                else if (c == '"')
                {
                    raw.Append(c);
                    quoted = false;
                }
                else
                {
                    raw.Append(c);
                    field.Append(c);
                }
                continue;
            }
            if (c == '\r' && reader.Peek() == '\n')
                continue;
            if (c == '\n' || c == '\r')
            {
                if (raw.Length == 0 && fields.Count == 0)
                {
                    start = _line;
                    continue;                                            // an empty line
                }
                fields.Add(field.ToString());
                return new CsvRecord(start, fields, raw.ToString(), error);
            }
            raw.Append(c);
            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (c == '"' && field.Length == 0 && !wasQuoted)
                quoted = wasQuoted = true;
            else
            {
                if (wasQuoted)
                    error ??= $"text after the closing quote of field {fields.Count + 1}";
                field.Append(c);
            }
        }
    }

    private int Read()
    {
        int c = reader.Read();
        if (c >= 0)
            CharactersRead++;
        if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
            _line++;
        return c;
    }
}
