using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Triplets;

namespace ContrastiveTool.Core.Data.Conversion.Converters;

/// <summary>Triplet input of any form (single, list, negative_1..n columns, FlagEmbedding query/pos/neg) → triplets in
/// either layout; a FlagEmbedding row with several positives gives one triplet per positive.</summary>
public sealed class TripletToTripletsConverter(TripletLayout layout) : IDataConverter
{
    /// <inheritdoc/>
    public string From => "triplet";

    /// <inheritdoc/>
    public string To => TripletOutput.Name(layout);

    /// <inheritdoc/>
    public string Description => $"{TripletOutput.Shape(layout)}, one row per positive";

    /// <inheritdoc/>
    public ConversionSummary Convert(ConversionRequest request, ReadReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = new TripletReader().Read(request.Input, report, cancellationToken).SelectMany(record => record.Triplets);
        return TripletOutput.Write(request, layout, rows, [], cancellationToken);
    }
}
