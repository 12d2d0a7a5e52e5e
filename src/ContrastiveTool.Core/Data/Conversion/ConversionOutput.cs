using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Conversion;

/// <summary>Writes a stream of rows to the request's output through a temporary file, renamed into place at the end.</summary>
public static class ConversionOutput
{
    /// <summary>Writes every row of <paramref name="rows"/> with <paramref name="writer"/>; returns the lines written.</summary>
    public static long Write<T>(string path, IEnumerable<T> rows, IRowWriter<T> writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        using var output = new JsonLinesFileWriter(path);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Write(output, row);
        }
        output.Commit();
        return output.Rows;
    }
}
