using System.Text.Json;

namespace ContrastiveTool.Core.Data.Json;

/// <summary>Writes one JSON object per line to a temporary file that <see cref="Commit"/> renames into place.</summary>
/// <remarks>An interrupted or failed run (Ctrl+C, an exception) never leaves a half-written file: disposing
/// without committing deletes the temporary <c>&lt;path&gt;.partial</c>. Text is UTF-8 and only what JSON requires is
/// escaped (<see cref="JsonOutput.ReadableEncoder"/>): Arabic stays byte for byte as it was.</remarks>
public sealed class JsonLinesFileWriter : IDisposable
{
    private readonly string _temporaryPath;
    private readonly FileStream _stream;
    private bool _closed;

    public JsonLinesFileWriter(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _temporaryPath = Path + ".partial";
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _stream = new FileStream(_temporaryPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Writer = new Utf8JsonWriter(_stream, new JsonWriterOptions { Encoder = JsonOutput.ReadableEncoder });
    }

    /// <summary>The final path (absolute).</summary>
    public string Path { get; }

    /// <summary>The writer for the current row: write one object, then call <see cref="EndRow"/>.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Writes one line: <paramref name="write"/> writes the object's members between its braces.</summary>
    public void WriteObject(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        ObjectDisposedException.ThrowIf(_closed, this);
        Writer.WriteStartObject();
        write(Writer);
        Writer.WriteEndObject();
        EndRow();
    }

    /// <summary>Ends the row just written with a newline.</summary>
    public void EndRow()
    {
        Writer.Flush();
        Writer.Reset();
        _stream.WriteByte((byte)'\n');
        Rows++;
    }

    /// <summary>Moves the finished file into place, replacing an older one.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        Close();
        File.Move(_temporaryPath, Path, overwrite: true);
    }

    public void Dispose()
    {
        if (_closed)
            return;
        Close();
        File.Delete(_temporaryPath);
    }

    private void Close()
    {
        _closed = true;
        Writer.Dispose();
        _stream.Dispose();
    }
}
