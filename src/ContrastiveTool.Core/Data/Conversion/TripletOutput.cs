using ContrastiveTool.Core.Data.Json;
using ContrastiveTool.Core.Data.Triplets;

namespace ContrastiveTool.Core.Data.Conversion;

/// <summary>Writes triplets in either <see cref="TripletLayout"/>.</summary>
/// <remarks>sentence-transformers with a fixed negative count (<see cref="ConversionRequest.Negatives"/>) keeps the first
/// n negatives of each row; rows with fewer are skipped and counted under <see cref="FewerNegatives"/>.</remarks>
public static class TripletOutput
{
    /// <summary>The skip reason for rows with fewer negatives than <c>--negatives</c>.</summary>
    public const string FewerNegatives = "fewer negatives than --negatives";

    /// <summary>The <c>--to</c> name of a layout.</summary>
    public static string Name(TripletLayout layout) => layout == TripletLayout.Triplets ? "triplets" : "sentence-transformers";

    /// <summary>What a layout's rows are, for help texts.</summary>
    public static string Shape(TripletLayout layout) =>
        layout == TripletLayout.Triplets ? "{anchor, positive, negatives[]}" : "{anchor, positive, negative_1..n}";

    /// <summary>Writes <paramref name="rows"/>; <paramref name="skipped"/> gets the rows left out (and may hold counts already).</summary>
    public static ConversionSummary Write(ConversionRequest request, TripletLayout layout, IEnumerable<TripletRow> rows,
        Dictionary<string, long> skipped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(skipped);
        IRowWriter<TripletRow> writer = layout == TripletLayout.Triplets
            ? new TripletsWriter()
            : new SentenceTransformersWriter(request.Negatives);
        if (layout == TripletLayout.SentenceTransformers && request.Negatives is int n)
            rows = rows.Where(row =>
            {
                if (row.Negatives.Count >= n) return true;
                skipped[FewerNegatives] = skipped.GetValueOrDefault(FewerNegatives) + 1;
                return false;
            });
        long written = ConversionOutput.Write(request.Output, rows, writer, cancellationToken);
        return new ConversionSummary(written, skipped);
    }
}
