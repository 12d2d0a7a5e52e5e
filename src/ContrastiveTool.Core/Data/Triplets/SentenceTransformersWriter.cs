using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Triplets;

/// <summary>sentence-transformers columns: <c>{"anchor", "positive", "negative_1", ..., "negative_n"}</c>, the layout
/// its MultipleNegativesRankingLoss reads (extra columns would be taken as inputs, so no line number is written).</summary>
/// <remarks>With <c>negatives</c> set, every row gets exactly that many columns (the first n negatives); rows with
/// fewer must be left out by the caller, since a dataset needs the same columns in every row.</remarks>
public sealed class SentenceTransformersWriter(int? negatives = null) : IRowWriter<TripletRow>
{
    /// <summary>The fixed number of negative columns, if any.</summary>
    public int? Negatives { get; } = negatives is null or > 0 ? negatives
        : throw new UserInputException($"--negatives must be at least 1, got {negatives}");

    /// <inheritdoc/>
    public int Write(JsonLinesFileWriter output, TripletRow row)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(row);
        var json = output.Writer;
        json.WriteStartObject();
        json.WriteString("anchor", row.Anchor);
        json.WriteString("positive", row.Positive);
        int count = Math.Min(Negatives ?? int.MaxValue, row.Negatives.Count);
        for (int i = 0; i < count; i++)
            json.WriteString($"negative_{i + 1}", row.Negatives[i]);
        json.WriteEndObject();
        output.EndRow();
        return 1;
    }
}
