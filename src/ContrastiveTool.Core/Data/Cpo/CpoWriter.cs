using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Cpo;

/// <summary>Our CPO rows: <c>{"prompt", "chosen", "negatives": [...], "contrastive_group"?, "source_line"}</c>.</summary>
/// <remarks>A negative from the file is a text; a synthetic one an object <c>{"text", "synthetic": true, "kind"}</c>.
/// The CPO reader reads the output back unchanged.</remarks>
public sealed class CpoWriter : IRowWriter<CpoRow>
{
    /// <inheritdoc/>
    public int Write(JsonLinesFileWriter output, CpoRow row)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(row);
        var json = output.Writer;
        json.WriteStartObject();
        json.WriteString("prompt", row.Prompt);
        json.WriteString("chosen", row.Chosen);
        json.WriteStartArray("negatives");
        foreach (var negative in row.Negatives)
        {
            if (!negative.IsSynthetic)
            {
                json.WriteStringValue(negative.Text);
                continue;
            }
            json.WriteStartObject();
            json.WriteString("text", negative.Text);
            json.WriteBoolean("synthetic", true);
            json.WriteString("kind", negative.SyntheticKind);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (row.ContrastiveGroup is not null)
            json.WriteString("contrastive_group", row.ContrastiveGroup);
        json.WriteNumber("source_line", row.Line);
        json.WriteEndObject();
        output.EndRow();
        return 1;
    }
}
