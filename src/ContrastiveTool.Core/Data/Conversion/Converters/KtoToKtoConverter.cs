using ContrastiveTool.Core.Data.Kto;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Conversion.Converters;

/// <summary>KTO input of any form (binary, pairwise, ranking, conversation; mixed per row) → TRL unpaired preference rows
/// <c>{prompt, completion, label, source_line}</c>, optionally balanced. Registered as <c>kto</c> and <c>trl-kto</c>:
/// our KTO rows are TRL's format.</summary>
public sealed class KtoToKtoConverter(string to = "kto") : IDataConverter
{
    /// <inheritdoc/>
    public string From => "kto";

    /// <inheritdoc/>
    public string To { get; } = to;

    /// <inheritdoc/>
    public string Description => "TRL unpaired preference rows {prompt, completion, label: true|false, source_line}";

    /// <inheritdoc/>
    public ConversionSummary Convert(ConversionRequest request, ReadReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reader = new KtoReader(request.KtoOptions);
        return KtoOutput.Write(request, report,
            r => reader.Read(request.Input, r, cancellationToken).SelectMany(record => record.Rows), null, cancellationToken);
    }
}
