using System.Text.Json;
using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.RankedQa;

/// <summary>Parses one StackExchange-shaped row: <c>{"question": {id, title, body, category?}, "answers": [{id, body, score, is_accepted}]}</c>.</summary>
/// <remarks>Strips HTML from bodies (and the title), ranks answers by score descending with a stable
/// sort. Ids may be strings or numbers; scores numbers or numeric strings. Duplicate ids are the
/// reader's concern (they need the rows before this one).</remarks>
public sealed class RankedQaRowParser : JsonObjectRowParser<RankedQaItem>
{
    /// <inheritdoc/>
    protected override string Expected => "{\"question\": {id, title, body}, \"answers\": [{id, body, score, is_accepted}]}";

    /// <inheritdoc/>
    protected override RowParseResult<RankedQaItem> ParseObject(JsonElement row, RawRecord record) => ParseRow(row, record.Line);

    private static RowParseResult<RankedQaItem> ParseRow(JsonElement row, long line)
    {
        if (!row.TryGetProperty("question", out var question) || question.ValueKind != JsonValueKind.Object)
            return Fail(QaRejectReasons.MissingQuestionId, "no \"question\" object with an \"id\"");
        string? id = ReadId(question);
        if (string.IsNullOrWhiteSpace(id))
            return Fail(QaRejectReasons.MissingQuestionId, "\"question.id\" is missing or empty");
        string title = HtmlText.ToPlainText(ReadString(question, "title"));
        if (title.Length == 0)
            return Fail(QaRejectReasons.MissingQuestionTitle, $"question {id}: \"title\" is missing or empty");
        string body = HtmlText.ToPlainText(ReadString(question, "body"));
        string? category = ReadString(question, "category").Trim() is { Length: > 0 } named ? named : null;
        if (!row.TryGetProperty("answers", out var answers) || answers.ValueKind != JsonValueKind.Array || answers.GetArrayLength() == 0)
            return Fail(QaRejectReasons.NoAnswers, $"question {id}: \"answers\" is missing, not an array or empty");

        var parsed = new QaAnswer[answers.GetArrayLength()];
        int position = 0;
        foreach (var answer in answers.EnumerateArray())
        {
            var (value, reason, detail) = ParseAnswer(answer, id, position);
            if (value is null)
                return Fail(reason!, detail!);
            parsed[position++] = value;
        }
        // Best score first; ties keep file order (the position is the tie-breaker, so the sort is stable).
        var order = Enumerable.Range(0, parsed.Length).ToArray();
        Array.Sort(order, (a, b) => parsed[a].Score != parsed[b].Score ? parsed[b].Score.CompareTo(parsed[a].Score) : a.CompareTo(b));
        var ranked = new QaAnswer[parsed.Length];
        for (int rank = 0; rank < order.Length; rank++)
            ranked[rank] = parsed[order[rank]] with { Rank = rank };
        return RowParseResult<RankedQaItem>.Ok(new RankedQaItem(new QaQuestion(id, title, body, category), ranked, line));
    }

    private static RowParseResult<QaAnswer> ParseAnswer(JsonElement answer, string questionId, int position)
    {
        string label = $"question {questionId}, answer {position + 1}";
        if (answer.ValueKind != JsonValueKind.Object)
            return RowParseResult<QaAnswer>.Fail(QaRejectReasons.AnswerNotAnObject, $"{label} is a JSON {JsonFields.Describe(answer.ValueKind)}");
        string answerId = ReadId(answer) is { Length: > 0 } given ? given : $"{questionId}#{position}";
        label = $"question {questionId}, answer {answerId}";
        if (!answer.TryGetProperty("score", out var scoreElement) || scoreElement.ValueKind == JsonValueKind.Null)
            return RowParseResult<QaAnswer>.Fail(QaRejectReasons.MissingScore, $"{label} has no \"score\"");
        if (!JsonFields.TryNumber(scoreElement, out double score))
            return RowParseResult<QaAnswer>.Fail(QaRejectReasons.NonNumericScore, $"{label}: \"score\" is {scoreElement.GetRawText()}, expected a number");
        string body = HtmlText.ToPlainText(ReadString(answer, "body"));
        if (body.Length == 0)
            return RowParseResult<QaAnswer>.Fail(QaRejectReasons.EmptyAnswerBody, $"{label} has an empty \"body\"");
        bool accepted = answer.TryGetProperty("is_accepted", out var flag) && flag.ValueKind == JsonValueKind.True;
        return RowParseResult<QaAnswer>.Ok(new QaAnswer(answerId, body, score, accepted, Rank: -1));
    }

    private static string? ReadId(JsonElement owner) =>
        !owner.TryGetProperty("id", out var id) ? null : id.ValueKind switch
        {
            JsonValueKind.String => id.GetString()!.Trim(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        };

    private static string ReadString(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
