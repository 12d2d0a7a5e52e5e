using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Cli.Rendering;

/// <summary>One read of a data file from the command line: the report, the rejects file and a preview of the first rejects.</summary>
/// <remarks>The rejects file is kept only when a row was rejected, and only once the read finished
/// (<see cref="Complete"/>); a cancelled or failed read leaves no partial file.</remarks>
public sealed class ReadSession : IRejectSink, IDisposable
{
    public const int PreviewSize = 10;
    private readonly RejectsFileWriter _writer;
    private readonly List<RejectedRow> _preview = [];

    public ReadSession(string rejectsPath)
    {
        RejectsPath = Path.GetFullPath(rejectsPath);
        _writer = new RejectsFileWriter(RejectsPath);
        Report = new ReadReport(this);
    }

    public ReadReport Report { get; }

    public string RejectsPath { get; }

    /// <summary>The first <see cref="PreviewSize"/> rejected rows.</summary>
    public IReadOnlyList<RejectedRow> Preview => _preview;

    /// <summary>Whether a rejects file was written.</summary>
    public bool WroteRejects { get; private set; }

    void IRejectSink.Add(RejectedRow row)
    {
        if (_preview.Count < PreviewSize)
            _preview.Add(row);
        _writer.Add(row);
    }

    /// <summary>Keeps the rejects file when there were rejects (replacing an older one), else removes any stale one.</summary>
    public void Complete()
    {
        if (_writer.Count > 0)
        {
            _writer.Commit();
            WroteRejects = true;
        }
        else if (File.Exists(RejectsPath))
            File.Delete(RejectsPath);
    }

    public void Dispose() => _writer.Dispose();
}
