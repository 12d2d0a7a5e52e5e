using ContrastiveTool.Core.Data.Json;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Triplets;

/// <summary>Streams triplet rows (every <see cref="TripletForm"/>, detected per row); every bad row goes to the report.</summary>
/// <remarks>Memory is one batch of rows, whatever the file's size.</remarks>
public sealed class TripletReader
{
    /// <summary>The good rows of <paramref name="path"/> in file order; rejects are counted into <paramref name="report"/>.</summary>
    public IEnumerable<TripletRecord> Read(string path, ReadReport report, CancellationToken cancellationToken = default) =>
        JsonRowFile.ReadAll(path, new TripletRowParser(), report, cancellationToken);
}
