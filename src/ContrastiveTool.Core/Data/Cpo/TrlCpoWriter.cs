using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Cpo;

/// <summary>TRL's CPO/DPO pairs: one row <c>{"prompt", "chosen", "rejected", "source_line"}</c> per negative, with
/// <c>"synthetic": true</c> on rows whose rejected response a synthetic strategy made.</summary>
public sealed class TrlCpoWriter : IRowWriter<CpoRow>
{
    /// <inheritdoc/>
    public int Write(JsonLinesFileWriter output, CpoRow row)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(row);
        var json = output.Writer;
        foreach (var negative in row.Negatives)
        {
            json.WriteStartObject();
            json.WriteString("prompt", row.Prompt);
            json.WriteString("chosen", row.Chosen);
            json.WriteString("rejected", negative.Text);
            json.WriteNumber("source_line", row.Line);
            if (negative.IsSynthetic)
                json.WriteBoolean("synthetic", true);
            json.WriteEndObject();
            output.EndRow();
        }
        return row.Negatives.Count;
    }
}
