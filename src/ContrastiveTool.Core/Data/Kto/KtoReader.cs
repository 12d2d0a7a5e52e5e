using ContrastiveTool.Core.Data.Json;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Kto;

/// <summary>Streams KTO input rows of every form (detected per row); every bad row goes to the report with its line
/// and reason. A good input row counts once in the report and yields one or more <see cref="KtoRow"/>s.</summary>
/// <remarks>Memory is one batch of rows, whatever the file's size.</remarks>
public sealed class KtoReader(KtoOptions? options = null)
{
    private readonly KtoOptions _options = options ?? KtoOptions.Default;

    /// <summary>The good input rows of <paramref name="path"/> in file order.</summary>
    public IEnumerable<KtoRecord> Read(string path, ReadReport report, CancellationToken cancellationToken = default) =>
        JsonRowFile.ReadAll(path, new KtoRowParser(_options), report, cancellationToken);
}
