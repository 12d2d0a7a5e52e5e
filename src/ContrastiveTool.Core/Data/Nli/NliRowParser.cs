using System.Text.Json;
using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Nli;

/// <summary>Parses <c>{"premise", "hypothesis", "label"}</c>; the label is 0/1/2 (number or numeric text) or
/// entailment/neutral/contradiction (any case, surrounding spaces ignored).</summary>
/// <remarks>Anything else (e.g. SNLI's "-" for pairs without a gold label) is a reject quoting the value.</remarks>
public sealed class NliRowParser : JsonObjectRowParser<NliRow>
{
    /// <inheritdoc/>
    protected override string Expected => "{\"premise\", \"hypothesis\", \"label\": 0|1|2 or entailment|neutral|contradiction}";

    /// <inheritdoc/>
    protected override RowParseResult<NliRow> ParseObject(JsonElement row, RawRecord record)
    {
        string premise = JsonFields.Text(row, "premise");
        if (premise.Length == 0)
            return Fail(NliRejectReasons.MissingPremise, "\"premise\" is missing, empty or not text");
        string hypothesis = JsonFields.Text(row, "hypothesis");
        if (hypothesis.Length == 0)
            return Fail(NliRejectReasons.MissingHypothesis, "\"hypothesis\" is missing, empty or not text");
        if (!row.TryGetProperty("label", out var label) || label.ValueKind == JsonValueKind.Null)
            return Fail(NliRejectReasons.MissingLabel, "no \"label\" (0/1/2 or entailment/neutral/contradiction)");
        if (!TryLabel(label, out var parsed))
            return Fail(NliRejectReasons.UnknownLabel, $"label {JsonFields.Quote(label)} is not 0/1/2 or entailment/neutral/contradiction");
        return RowParseResult<NliRow>.Ok(new NliRow(premise, hypothesis, parsed, record.Line));
    }

    private static bool TryLabel(JsonElement value, out NliLabel label)
    {
        label = NliLabel.Neutral;
        if (JsonFields.TryNumber(value, out double number))
        {
            if (number is not (0 or 1 or 2))
                return false;
            label = (NliLabel)(int)number;
            return true;
        }
        if (value.ValueKind != JsonValueKind.String)
            return false;
        switch (value.GetString()!.Trim().ToLowerInvariant())
        {
            case "entailment": label = NliLabel.Entailment; return true;
            case "neutral": label = NliLabel.Neutral; return true;
            case "contradiction": label = NliLabel.Contradiction; return true;
            default: return false;
        }
    }
}
