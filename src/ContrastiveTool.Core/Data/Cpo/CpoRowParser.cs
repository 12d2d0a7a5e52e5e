using System.Text.Json;
using ContrastiveTool.Core.Data.Cpo.Synthetic;
using ContrastiveTool.Core.Data.Json;
using ContrastiveTool.Core.Data.Text;

namespace ContrastiveTool.Core.Data.Cpo;

/// <summary>Parses one CPO row: <c>prompt</c> and <c>chosen</c> required, negatives gathered from every alias.</summary>
/// <remarks>Negatives come from <c>negatives</c>, <c>rejected</c>, <c>rejected_responses</c>, <c>bad_responses</c>,
/// <c>negative_responses</c> and <c>alternatives</c> (in that order), each a text or a list of texts in any mix; they
/// are trimmed, empties dropped and duplicates removed in order (<see cref="NegativeList"/>). A list item may be an
/// object <c>{"text", "synthetic": true, "kind"}</c> (how this tool writes synthetic negatives), so its own output
/// reads back unchanged. Checks, in order: lengths, a negative equal to the chosen response, more than the maximum
/// negatives; then synthetic negatives are added and the minimum checked.</remarks>
public sealed class CpoRowParser(CpoOptions options) : JsonObjectRowParser<CpoRow>
{
    /// <summary>The fields negatives are gathered from, in order.</summary>
    public static IReadOnlyList<string> NegativeFields { get; } =
        ["negatives", "rejected", "rejected_responses", "bad_responses", "negative_responses", "alternatives"];

    private readonly CpoOptions _options = (options ?? throw new ArgumentNullException(nameof(options))).Validated();
    private readonly SyntheticNegatives _synthetic = new(
        (options.Synthetic ?? []).Select(SyntheticNegativeCatalog.Find).ToList(), options.SyntheticPerRow, options.MaxNegatives, options.Seed);

    /// <inheritdoc/>
    protected override string Expected => "{\"prompt\", \"chosen\", \"negatives\" | \"rejected\" | ... }";

    /// <inheritdoc/>
    protected override RowParseResult<CpoRow> ParseObject(JsonElement row, RawRecord record)
    {
        string prompt = JsonFields.Text(row, "prompt");
        if (prompt.Length == 0)
            return Fail(CpoRejectReasons.MissingPrompt, "\"prompt\" is missing, empty or not text");
        string chosen = JsonFields.Text(row, "chosen");
        if (chosen.Length == 0)
            return Fail(CpoRejectReasons.MissingChosen, "\"chosen\" is missing, empty or not text");
        if (prompt.Length < _options.MinPromptLength)
            return Fail(CpoRejectReasons.PromptTooShort, $"the prompt has {prompt.Length} characters, fewer than the minimum {_options.MinPromptLength}");
        if (chosen.Length < _options.MinResponseLength)
            return Fail(CpoRejectReasons.ChosenTooShort, $"\"chosen\" has {chosen.Length} characters, fewer than the minimum {_options.MinResponseLength}");

        var negatives = Negatives(row, out string? problem);
        if (negatives is null)
            return Fail(CpoRejectReasons.NegativesNotText, problem!);
        if (negatives.FirstOrDefault(n => n.Text.Length < _options.MinResponseLength) is { } shortOne)
            return Fail(CpoRejectReasons.NegativeTooShort, $"negative \"{shortOne.Text}\" has {shortOne.Text.Length} characters, fewer than the minimum {_options.MinResponseLength}");
        string chosenKey = NegativeList.Key(chosen);
        if (negatives.Any(n => NegativeList.Key(n.Text) == chosenKey))
            return Fail(CpoRejectReasons.NegativeEqualsChosen, "a negative is the chosen response itself");
        if (negatives.Count > _options.MaxNegatives)
            return Fail(CpoRejectReasons.TooManyNegatives, $"{negatives.Count} distinct negatives, more than the maximum {_options.MaxNegatives} (--max-negatives)");
        if (negatives.All(n => !n.IsSynthetic))
            negatives.AddRange(_synthetic.For(prompt, chosen, negatives, record.Line));
        if (negatives.Count < _options.MinNegatives)
            return Fail(CpoRejectReasons.TooFewNegatives, negatives.Count == 0
                ? $"no negatives in {string.Join(", ", NegativeFields.Select(f => $"\"{f}\""))}"
                : $"{negatives.Count} distinct negatives, fewer than the minimum {_options.MinNegatives} (--min-negatives)");
        return RowParseResult<CpoRow>.Ok(new CpoRow(prompt, chosen, negatives, Group(row), record.Line));
    }

    private static List<CpoNegative>? Negatives(JsonElement row, out string? problem)
    {
        problem = null;
        var all = new List<CpoNegative>();
        foreach (var field in NegativeFields)
        {
            if (!row.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
                continue;
            var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            foreach (var item in items)
            {
                var negative = Negative(item);
                if (negative is null)
                {
                    problem = $"\"{field}\" holds {JsonFields.Quote(item)}, expected a text (or a list of texts)";
                    return null;
                }
                all.Add(negative);
            }
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return all.Where(n => n.Text.Length > 0 && seen.Add(NegativeList.Key(n.Text))).ToList();
    }

    private static CpoNegative? Negative(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.String)
            return new CpoNegative(item.GetString()!.Trim());
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            return null;
        bool synthetic = item.TryGetProperty("synthetic", out var flag) && flag.ValueKind == JsonValueKind.True;
        string kind = JsonFields.Text(item, "kind");
        return new CpoNegative(text.GetString()!.Trim(), synthetic ? (kind.Length > 0 ? kind : "synthetic") : null);
    }

    private static string? Group(JsonElement row) =>
        !row.TryGetProperty("contrastive_group", out var group) ? null : group.ValueKind switch
        {
            JsonValueKind.String when group.GetString()!.Trim().Length > 0 => group.GetString()!.Trim(),
            JsonValueKind.Number => group.GetRawText(),
            _ => null,
        };
}
