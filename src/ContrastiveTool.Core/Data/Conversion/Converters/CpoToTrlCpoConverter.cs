using ContrastiveTool.Core.Data.Cpo;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Conversion.Converters;

/// <summary>CPO input → TRL's CPO/DPO pairs: one row <c>{prompt, chosen, rejected}</c> per negative.</summary>
public sealed class CpoToTrlCpoConverter : IDataConverter
{
    /// <inheritdoc/>
    public string From => "cpo";

    /// <inheritdoc/>
    public string To => "trl-cpo";

    /// <inheritdoc/>
    public string Description => "TRL pairs {prompt, chosen, rejected, source_line, synthetic?}, one row per negative";

    /// <inheritdoc/>
    public ConversionSummary Convert(ConversionRequest request, ReadReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = new CpoReader(request.CpoOptions).Read(request.Input, report, cancellationToken);
        return new ConversionSummary(ConversionOutput.Write(request.Output, rows, new TrlCpoWriter(), cancellationToken), new Dictionary<string, long>());
    }
}
