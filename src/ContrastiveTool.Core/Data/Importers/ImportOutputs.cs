using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Importers;

/// <summary>The files one import writes, committed together: all of them or none.</summary>
/// <remarks>Every file is written to <c>&lt;name&gt;.partial</c>; <see cref="Commit"/> renames them all once the import
/// finished, so Ctrl+C or an error leaves no file behind — not even a complete train file without its test file.</remarks>
public sealed class ImportOutputs(string folder) : IDisposable
{
    private readonly List<(string Role, JsonLinesFileWriter File, bool KeepEmpty)> _files = [];

    /// <summary>Opens <paramref name="fileName"/> in the output folder for the given role (train, test, qa, pairs, rejects).</summary>
    /// <param name="role">What the file holds, for the summary.</param>
    /// <param name="fileName">The file's name in the output folder.</param>
    /// <param name="keepEmpty">False for a file written only when it has a line (rejects); an empty one is dropped,
    /// and a stale one from an earlier run removed.</param>
    public JsonLinesFileWriter Open(string role, string fileName, bool keepEmpty = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var file = new JsonLinesFileWriter(Path.Combine(folder, fileName));
        _files.Add((role, file, keepEmpty));
        return file;
    }

    /// <summary>Moves every file into place and lists those written.</summary>
    public IReadOnlyList<ImportedFile> Commit()
    {
        var written = new List<ImportedFile>();
        foreach (var (role, file, keepEmpty) in _files)
        {
            if (file.Rows == 0 && !keepEmpty)
            {
                file.Dispose();
                File.Delete(file.Path);
                continue;
            }
            file.Commit();
            written.Add(new ImportedFile(role, file.Path, file.Rows));
        }
        return written;
    }

    public void Dispose()
    {
        foreach (var (_, file, _) in _files)
            file.Dispose();
    }
}
