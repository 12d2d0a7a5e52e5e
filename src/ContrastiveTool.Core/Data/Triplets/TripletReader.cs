using ContrastiveTool.Core.Data.Json;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Triplets;

/// <summary>Streams triplet rows (every <see cref="TripletForm"/>, detected per row); every bad row goes to the report.</summary>
/// <remarks>Memory is one batch of rows, whatever the file's size.</remarks>
/// <param name="requireNegatives">Reject a row without negatives (default); false also reads the pairs form
/// <c>{"anchor", "positive"}</c> (rows with <see cref="TripletRecord.Negatives"/> empty).</param>
public sealed class TripletReader(bool requireNegatives = true)
{
    /// <summary>The good rows of <paramref name="path"/> in file order; rejects are counted into <paramref name="report"/>.</summary>
    public IEnumerable<TripletRecord> Read(string path, ReadReport report, CancellationToken cancellationToken = default) =>
        JsonRowFile.ReadAll(path, new TripletRowParser(requireNegatives), report, cancellationToken);
}
