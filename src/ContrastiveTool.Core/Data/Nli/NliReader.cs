using ContrastiveTool.Core.Data.Json;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Nli;

/// <summary>Streams NLI rows; every bad row goes to the report with its line and reason.</summary>
public sealed class NliReader
{
    /// <summary>The good rows of <paramref name="path"/> in file order.</summary>
    public IEnumerable<NliRow> Read(string path, ReadReport report, CancellationToken cancellationToken = default) =>
        JsonRowFile.ReadAll(path, new NliRowParser(), report, cancellationToken);
}
