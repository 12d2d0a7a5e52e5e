using System.Text.Json;

namespace ContrastiveTool.Core.Data.Rejects;

/// <summary>Writes rejected rows as JSON Lines <c>{"line", "element"?, "reason", "detail", "raw"}</c>.</summary>
/// <remarks>Rows go to a temporary file beside the target; <see cref="Commit"/> renames it into place,
/// so an interrupted run never leaves a half-written rejects file. Disposing without committing
/// deletes the temporary file.</remarks>
public sealed class RejectsFileWriter : IRejectSink, IDisposable
{
    private readonly string _path;
    private readonly string _temporaryPath;
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _writer;
    private bool _committed;

    public RejectsFileWriter(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        _temporaryPath = _path + ".partial";
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _stream = new FileStream(_temporaryPath, FileMode.Create, FileAccess.Write, FileShare.None);
        _writer = new Utf8JsonWriter(_stream, new JsonWriterOptions { Encoder = JsonOutput.ReadableEncoder });
    }

    /// <summary>Rows written so far.</summary>
    public long Count { get; private set; }

    /// <inheritdoc/>
    public void Add(RejectedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _writer.WriteStartObject();
        _writer.WriteNumber("line", row.Line);
        if (row.Element is { } element)
            _writer.WriteNumber("element", element);
        _writer.WriteString("reason", row.Reason);
        _writer.WriteString("detail", row.Detail);
        _writer.WriteString("raw", row.Raw);
        _writer.WriteEndObject();
        _writer.Flush();
        _writer.Reset();
        _stream.WriteByte((byte)'\n');
        Count++;
    }

    /// <summary>Moves the finished file into place.</summary>
    public void Commit()
    {
        _writer.Flush();
        _stream.Flush();
        _stream.Dispose();
        File.Move(_temporaryPath, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed)
            return;
        _writer.Dispose();
        _stream.Dispose();
        if (!_committed && File.Exists(_temporaryPath))
            File.Delete(_temporaryPath);
    }
}
