using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Cli.Rendering;

/// <summary>One read of a data file from the command line: the report, the rejects file and a preview of the first rejects.</summary>
/// <remarks>The rejects file is written only once the read finished (<see cref="Complete"/>); a cancelled or failed read
/// leaves no partial file. A path the user gave is always written (empty when no row was rejected); the default path
/// beside the input only when a row was rejected, and a stale one from an earlier run is removed.</remarks>
public sealed class ReadSession : IRejectSink, IDisposable
{
    public const int PreviewSize = 10;
    private readonly RejectsFileWriter _writer;
    private readonly List<RejectedRow> _preview = [];

    private readonly bool _userPath;

    public ReadSession(string rejectsPath, bool userPath = false)
    {
        _userPath = userPath;
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

    /// <summary>Moves the rejects file into place (see the remarks for when); removes a stale default one.</summary>
    public void Complete()
    {
        if (_writer.Count > 0 || _userPath)
        {
            _writer.Commit();
            WroteRejects = true;
        }
        else if (File.Exists(RejectsPath))
            File.Delete(RejectsPath);
    }

    public void Dispose() => _writer.Dispose();
}
