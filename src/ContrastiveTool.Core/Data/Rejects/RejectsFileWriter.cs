using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Rejects;

/// <summary>Writes rejected rows as JSON Lines <c>{"line", "element"?, "reason", "detail", "raw"}</c>.</summary>
/// <remarks>Rows go to a temporary file beside the target; <see cref="Commit"/> renames it into place,
/// so an interrupted run never leaves a half-written rejects file. Disposing without committing
/// deletes the temporary file.</remarks>
public sealed class RejectsFileWriter(JsonLinesFileWriter file) : IRejectSink, IDisposable
{
    private readonly JsonLinesFileWriter _file = file ?? throw new ArgumentNullException(nameof(file));

    /// <summary>Writes to <paramref name="path"/>.</summary>
    public RejectsFileWriter(string path) : this(new JsonLinesFileWriter(path))
    {
    }

    /// <summary>Rows written so far.</summary>
    public long Count => _file.Rows;

    /// <inheritdoc/>
    public void Add(RejectedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _file.WriteObject(writer =>
        {
            writer.WriteNumber("line", row.Line);
            if (row.Element is { } element)
                writer.WriteNumber("element", element);
            writer.WriteString("reason", row.Reason);
            writer.WriteString("detail", row.Detail);
            writer.WriteString("raw", row.Raw);
        });
    }

    /// <summary>Moves the finished file into place.</summary>
    public void Commit() => _file.Commit();

    public void Dispose() => _file.Dispose();
}
