using System.Text.Json;

namespace ContrastiveTool.Core.Data.Json;

/// <summary>Writes a JSON Lines file through a temporary file renamed into place on <see cref="Commit"/>, so an
/// interrupted run (Ctrl+C, an error) never leaves a half-written output. Text is UTF-8 and only what JSON requires is
/// escaped (<see cref="JsonOutput.ReadableEncoder"/>): Arabic stays byte for byte as it was.</summary>
public sealed class JsonLinesFileWriter : IDisposable
{
    private readonly string _path;
    private readonly string _temporaryPath;
    private readonly FileStream _stream;
    private bool _committed;

    public JsonLinesFileWriter(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        _temporaryPath = _path + ".partial";
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _stream = new FileStream(_temporaryPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Writer = new Utf8JsonWriter(_stream, new JsonWriterOptions { Encoder = JsonOutput.ReadableEncoder, SkipValidation = false });
    }

    /// <summary>The writer for the current row: write one object, then call <see cref="EndRow"/>.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Ends the row just written with a newline.</summary>
    public void EndRow()
    {
        Writer.Flush();
        Writer.Reset();
        _stream.WriteByte((byte)'\n');
        Rows++;
    }

    /// <summary>Moves the finished file into place.</summary>
    public void Commit()
    {
        Writer.Flush();
        _stream.Flush();
        _stream.Dispose();
        File.Move(_temporaryPath, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed)
            return;
        Writer.Dispose();
        _stream.Dispose();
        if (File.Exists(_temporaryPath))
            File.Delete(_temporaryPath);
    }
}
