using System.Text.Json;
using ContrastiveTool.Core.Data.Json;
using ContrastiveTool.Core.Data.Text;

namespace ContrastiveTool.Core.Data.Triplets;

/// <summary>Parses one triplet row in any of the <see cref="TripletForm"/> shapes, detected per row.</summary>
/// <remarks>The anchor is <c>anchor</c> or <c>query</c>; positives come from <c>positive</c> or <c>pos</c> (a text or a list);
/// negatives from <c>negative</c>, <c>negatives</c>, <c>neg</c> and <c>negative_1..n</c>, in that order, trimmed,
/// empties dropped, duplicates removed. A row needs at least one negative unless <paramref name="requireNegatives"/> is false
/// (the pairs form, <c>{"anchor", "positive"}</c>, as <c>data import dictd</c> writes).</remarks>
/// <param name="requireNegatives">Reject a row without negatives (default); false reads pairs too.</param>
public sealed class TripletRowParser(bool requireNegatives = true) : JsonObjectRowParser<TripletRecord>
{
    private static readonly string[] NegativeFields = ["negative", "negatives", "neg"];

    /// <inheritdoc/>
    protected override string Expected => "{\"anchor\", \"positive\", \"negative\" | \"negatives\" | \"negative_1..n\"} or {\"query\", \"pos\", \"neg\"}";

    /// <inheritdoc/>
    protected override RowParseResult<TripletRecord> ParseObject(JsonElement row, RawRecord record)
    {
        string anchorField = JsonFields.FirstPresent(row, "anchor", "query") ?? "anchor";
        string anchor = JsonFields.Text(row, anchorField);
        if (anchor.Length == 0)
            return Fail(TripletRejectReasons.MissingAnchor, "\"anchor\" (or \"query\") is missing, empty or not text");
        string positiveField = JsonFields.FirstPresent(row, "positive", "pos") ?? "positive";
        var positives = row.TryGetProperty(positiveField, out var positive) ? JsonFields.Texts(positive) : [];
        if (positives is null)
            return Fail(TripletRejectReasons.NotText, $"\"{positiveField}\" is {JsonFields.Quote(positive)}, expected a text or a list of texts");
        positives = NegativeList.Distinct(positives);
        if (positives.Count == 0)
            return Fail(TripletRejectReasons.MissingPositive, $"\"{positiveField}\" is missing or empty");

        var fields = NegativeFields.Concat(NegativeList.NumberedFields(row)).ToList();
        var negatives = NegativeList.Gather(row, fields, out string? bad);
        if (negatives is null)
            return Fail(TripletRejectReasons.NotText, $"\"{bad}\" is {JsonFields.Quote(row.GetProperty(bad!))}, expected a text or a list of texts");
        if (negatives.Count == 0 && requireNegatives)
            return Fail(TripletRejectReasons.NoNegatives, "no non-empty \"negative\", \"negatives\", \"neg\" or \"negative_1..n\"");
        return RowParseResult<TripletRecord>.Ok(new TripletRecord(FormOf(row, positiveField), anchor, positives, negatives, record.Line));
    }

    private static TripletForm FormOf(JsonElement row, string positiveField) =>
        positiveField == "pos" || JsonFields.Has(row, "neg") ? TripletForm.FlagEmbedding
        : JsonFields.Has(row, "negatives") ? TripletForm.List
        : JsonFields.Has(row, "negative") ? TripletForm.Single
        : TripletForm.Columns;
}
