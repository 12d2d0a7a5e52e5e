using ContrastiveTool.Core.Data.Cpo;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Triplets;

namespace ContrastiveTool.Core.Data.Conversion.Converters;

/// <summary>CPO input → triplets: anchor = prompt, positive = chosen, negatives = the row's negatives (synthetic included).</summary>
public sealed class CpoToTripletsConverter(TripletLayout layout) : IDataConverter
{
    /// <inheritdoc/>
    public string From => "cpo";

    /// <inheritdoc/>
    public string To => TripletOutput.Name(layout);

    /// <inheritdoc/>
    public string Description => $"{TripletOutput.Shape(layout)}: anchor = prompt, positive = chosen";

    /// <inheritdoc/>
    public ConversionSummary Convert(ConversionRequest request, ReadReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = new CpoReader(request.CpoOptions).Read(request.Input, report, cancellationToken)
            .Select(row => new TripletRow(row.Prompt, row.Chosen, row.Negatives.Select(n => n.Text).ToList(), row.Line));
        return TripletOutput.Write(request, layout, rows, [], cancellationToken);
    }
}
