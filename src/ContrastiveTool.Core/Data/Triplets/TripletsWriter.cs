using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Triplets;

/// <summary>Our triplet rows: <c>{"anchor", "positive", "negatives": [...], "source_line"}</c>; the triplet reader reads
/// them back unchanged.</summary>
public sealed class TripletsWriter : IRowWriter<TripletRow>
{
    /// <inheritdoc/>
    public int Write(JsonLinesFileWriter output, TripletRow row)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(row);
        var json = output.Writer;
        json.WriteStartObject();
        json.WriteString("anchor", row.Anchor);
        json.WriteString("positive", row.Positive);
        json.WriteStartArray("negatives");
        foreach (var negative in row.Negatives)
            json.WriteStringValue(negative);
        json.WriteEndArray();
        json.WriteNumber("source_line", row.Line);
        json.WriteEndObject();
        output.EndRow();
        return 1;
    }
}
