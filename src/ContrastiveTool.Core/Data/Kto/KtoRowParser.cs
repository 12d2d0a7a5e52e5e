using System.Text.Json;
using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Kto;

/// <summary>Parses one KTO input row of any <see cref="KtoRowForm"/>, detected per row, into TRL unpaired rows.</summary>
/// <remarks>Detection order: <c>conversation</c>/<c>messages</c> → conversation; <c>chosen</c> + <c>rejected</c> →
/// pairwise; <c>responses</c> + <c>rankings</c> → ranking; <c>response</c>/<c>completion</c> → binary; anything else
/// is a reject naming the row's fields. An optional <c>system</c> text is carried to every row. Labels are normalised
/// by <see cref="KtoLabelNormalizer"/>.</remarks>
public sealed class KtoRowParser(KtoOptions? options = null) : JsonObjectRowParser<KtoRecord>
{
    private readonly KtoOptions _options = (options ?? KtoOptions.Default).Validated();
    private readonly KtoLabelNormalizer _labels = new((options ?? KtoOptions.Default).RatingScale);

    /// <inheritdoc/>
    protected override string Expected =>
        "binary {prompt, response|completion, label|score|rating|preference}, pairwise {prompt, chosen, rejected}, " +
        "ranking {prompt, responses, rankings} or conversation {messages|conversation: [{role, content}], label}";

    /// <inheritdoc/>
    protected override RowParseResult<KtoRecord> ParseObject(JsonElement row, RawRecord record)
    {
        string? system = JsonFields.Text(row, "system") is { Length: > 0 } given ? given : null;
        if (JsonFields.FirstPresent(row, "conversation", "messages") is { } dialogue)
            return KtoConversationForm.Parse(row, dialogue, system, record.Line, this);
        if (JsonFields.Has(row, "chosen") && JsonFields.Has(row, "rejected"))
            return Pairwise(row, system, record.Line);
        if (JsonFields.Has(row, "responses") && JsonFields.Has(row, "rankings"))
            return KtoRankingForm.Parse(row, system, record.Line, _options.RankingTake);
        if (JsonFields.FirstPresent(row, "response", "completion") is { } field)
            return Binary(row, field, system, record.Line);
        var fields = row.EnumerateObject().Select(p => $"\"{p.Name}\"").ToList();
        return Fail(KtoRejectReasons.UnknownRowForm,
            $"the row has {(fields.Count == 0 ? "no fields" : string.Join(", ", fields))}; expected {Expected}");
    }

    private RowParseResult<KtoRecord> Binary(JsonElement row, string field, string? system, long line)
    {
        string prompt = JsonFields.Text(row, "prompt");
        if (prompt.Length == 0)
            return Fail(KtoRejectReasons.MissingPrompt, "\"prompt\" is missing, empty or not text");
        string completion = JsonFields.Text(row, field);
        if (completion.Length == 0)
            return Fail(KtoRejectReasons.MissingCompletion, $"\"{field}\" is empty or not text");
        var label = Label(row, out var failure);
        return label is null ? failure
            : Ok(KtoRowForm.Binary, line, new KtoRow(prompt, completion, label.Value, line, system));
    }

    private static RowParseResult<KtoRecord> Pairwise(JsonElement row, string? system, long line)
    {
        string prompt = JsonFields.Text(row, "prompt");
        if (prompt.Length == 0)
            return Fail(KtoRejectReasons.MissingPrompt, "\"prompt\" is missing, empty or not text");
        string chosen = JsonFields.Text(row, "chosen"), rejected = JsonFields.Text(row, "rejected");
        if (chosen.Length == 0 || rejected.Length == 0)
            return Fail(KtoRejectReasons.MissingCompletion, $"\"{(chosen.Length == 0 ? "chosen" : "rejected")}\" is empty or not text");
        if (chosen == rejected)
            return Fail(KtoRejectReasons.ChosenEqualsRejected, "\"chosen\" and \"rejected\" are the same text");
        return Ok(KtoRowForm.Pairwise, line,
            new KtoRow(prompt, chosen, true, line, system), new KtoRow(prompt, rejected, false, line, system));
    }

    /// <summary>The row's label from the first label field present; null with the reject in <paramref name="failure"/>.</summary>
    internal bool? Label(JsonElement row, out RowParseResult<KtoRecord> failure)
    {
        failure = default;
        string? field = JsonFields.FirstPresent(row, [.. KtoLabelNormalizer.Fields]);
        if (field is null)
        {
            failure = Fail(KtoRejectReasons.MissingLabel, $"no {string.Join(", ", KtoLabelNormalizer.Fields.Select(f => $"\"{f}\""))}");
            return null;
        }
        bool? label = _labels.Normalise(field, row.GetProperty(field), out string? problem);
        if (label is null)
            failure = Fail(KtoRejectReasons.UnknownLabel, problem!);
        return label;
    }

    internal static RowParseResult<KtoRecord> Ok(KtoRowForm form, long line, params KtoRow[] rows) =>
        RowParseResult<KtoRecord>.Ok(new KtoRecord(form, rows, line));

    internal static new RowParseResult<KtoRecord> Fail(string reason, string detail) => RowParseResult<KtoRecord>.Fail(reason, detail);
}
