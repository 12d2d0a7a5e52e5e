using ContrastiveTool.Core.Data.Nli;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Conversion.Converters;

/// <summary>NLI pairs → triplets per premise (<see cref="NliTripletBuilder"/>): entailed hypotheses are positives,
/// contradicted ones negatives; neutral pairs and premises lacking either side are counted as skipped.</summary>
public sealed class NliToTripletsConverter(TripletLayout layout) : IDataConverter
{
    public const string NeutralPairs = "neutral pairs (not used)";
    public const string NoEntailment = "premises without an entailment";
    public const string NoContradiction = "premises without a contradiction";

    /// <inheritdoc/>
    public string From => "nli";

    /// <inheritdoc/>
    public string To => TripletOutput.Name(layout);

    /// <inheritdoc/>
    public string Description => $"{TripletOutput.Shape(layout)}: anchor = premise, positive = an entailment, negatives = its contradictions";

    /// <inheritdoc/>
    public ConversionSummary Convert(ConversionRequest request, ReadReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builder = new NliTripletBuilder();
        foreach (var row in new NliReader().Read(request.Input, report, cancellationToken))
            builder.Add(row);
        var skipped = new Dictionary<string, long>();
        var summary = TripletOutput.Write(request, layout, builder.Triplets(), skipped, cancellationToken);
        skipped[NeutralPairs] = builder.Neutral;
        skipped[NoEntailment] = builder.PremisesWithoutEntailment;
        skipped[NoContradiction] = builder.PremisesWithoutContradiction;
        return summary;
    }
}
