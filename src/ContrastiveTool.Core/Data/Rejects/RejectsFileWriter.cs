using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Rejects;

/// <summary>Writes rejected rows as JSON Lines <c>{"line", "element"?, "reason", "detail", "raw"}</c>.</summary>
/// <remarks>Rows go to a temporary file beside the target; <see cref="Commit"/> renames it into place,
/// so an interrupted run never leaves a half-written rejects file. Disposing without committing
/// deletes the temporary file.</remarks>
public sealed class RejectsFileWriter(string path) : IRejectSink, IDisposable
{
    private readonly JsonLinesFileWriter _output = new(path);

    /// <summary>Rows written so far.</summary>
    public long Count => _output.Rows;

    /// <inheritdoc/>
    public void Add(RejectedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var writer = _output.Writer;
        writer.WriteStartObject();
        writer.WriteNumber("line", row.Line);
        if (row.Element is { } element)
            writer.WriteNumber("element", element);
        writer.WriteString("reason", row.Reason);
        writer.WriteString("detail", row.Detail);
        writer.WriteString("raw", row.Raw);
        writer.WriteEndObject();
        _output.EndRow();
    }

    /// <summary>Moves the finished file into place.</summary>
    public void Commit() => _output.Commit();

    public void Dispose() => _output.Dispose();
}
