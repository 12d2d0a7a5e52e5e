using ContrastiveTool.Core.Data.Cpo;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Conversion.Converters;

/// <summary>CPO input (negatives under any alias) → our CPO rows <c>{prompt, chosen, negatives[]}</c>, negatives
/// gathered, de-duplicated, checked and optionally augmented with synthetic ones.</summary>
public sealed class CpoToCpoConverter : IDataConverter
{
    /// <inheritdoc/>
    public string From => "cpo";

    /// <inheritdoc/>
    public string To => "cpo";

    /// <inheritdoc/>
    public string Description => "{prompt, chosen, negatives[], contrastive_group?, source_line}; synthetic negatives as {text, synthetic: true, kind}";

    /// <inheritdoc/>
    public ConversionSummary Convert(ConversionRequest request, ReadReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = new CpoReader(request.CpoOptions).Read(request.Input, report, cancellationToken);
        return new ConversionSummary(ConversionOutput.Write(request.Output, rows, new CpoWriter(), cancellationToken), new Dictionary<string, long>());
    }
}
