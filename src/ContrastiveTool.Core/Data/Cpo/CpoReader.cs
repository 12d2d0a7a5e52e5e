using ContrastiveTool.Core.Data.Json;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Cpo;

/// <summary>Streams CPO rows with their negatives gathered, checked and (optionally) augmented; every bad row goes to
/// the report with its line and reason.</summary>
/// <remarks>Memory is one batch of rows, whatever the file's size.</remarks>
public sealed class CpoReader(CpoOptions? options = null)
{
    private readonly CpoOptions _options = options ?? CpoOptions.Default;

    /// <summary>The good rows of <paramref name="path"/> in file order.</summary>
    public IEnumerable<CpoRow> Read(string path, ReadReport report, CancellationToken cancellationToken = default) =>
        JsonRowFile.ReadAll(path, new CpoRowParser(_options), report, cancellationToken);
}
