using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Kto;

/// <summary>TRL's unpaired preference rows: <c>{"prompt", "completion", "label": true|false, "source_line": N}</c>, plus
/// <c>"system"</c> when the row has one. The KTO reader reads them back unchanged.</summary>
public sealed class KtoWriter : IRowWriter<KtoRow>
{
    /// <inheritdoc/>
    public int Write(JsonLinesFileWriter output, KtoRow row)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(row);
        var json = output.Writer;
        json.WriteStartObject();
        json.WriteString("prompt", row.Prompt);
        json.WriteString("completion", row.Completion);
        json.WriteBoolean("label", row.Label);
        json.WriteNumber("source_line", row.SourceLine);
        if (row.System is not null)
            json.WriteString("system", row.System);
        json.WriteEndObject();
        output.EndRow();
        return 1;
    }
}
