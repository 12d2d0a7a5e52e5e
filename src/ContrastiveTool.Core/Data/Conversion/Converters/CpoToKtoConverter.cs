using ContrastiveTool.Core.Data.Cpo;
using ContrastiveTool.Core.Data.Kto;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Conversion.Converters;

/// <summary>CPO input → KTO rows: the chosen response good, each negative bad (optionally balanced).</summary>
public sealed class CpoToKtoConverter : IDataConverter
{
    /// <inheritdoc/>
    public string From => "cpo";

    /// <inheritdoc/>
    public string To => "kto";

    /// <inheritdoc/>
    public string Description => "TRL unpaired rows: chosen good, each negative bad";

    /// <inheritdoc/>
    public ConversionSummary Convert(ConversionRequest request, ReadReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reader = new CpoReader(request.CpoOptions);
        return KtoOutput.Write(request, report, r => reader.Read(request.Input, r, cancellationToken).SelectMany(Rows), null, cancellationToken);
    }

    private static IEnumerable<KtoRow> Rows(CpoRow row) =>
        row.Negatives.Select(n => new KtoRow(row.Prompt, n.Text, false, row.Line)).Prepend(new KtoRow(row.Prompt, row.Chosen, true, row.Line));
}
