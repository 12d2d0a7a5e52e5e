using System.Text;
using System.Text.Json;
using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Kto;

/// <summary>A conversation row <c>{messages|conversation: [{role, content}], label|score|rating|preference}</c>.</summary>
/// <remarks>The completion is the first assistant message after the last user turn. The prompt is the dialogue up to
/// and including that user turn: the user's text alone when it is the only turn, else one "role: content" line per
/// message. System messages become the row's system text (joined by blank lines), after a <c>system</c> field.</remarks>
internal static class KtoConversationForm
{
    public static RowParseResult<KtoRecord> Parse(JsonElement row, string field, string? system, long line, KtoRowParser parser)
    {
        var messages = new List<(string Role, string Content)>();
        var value = row.GetProperty(field);
        if (value.ValueKind != JsonValueKind.Array)
            return KtoRowParser.Fail(KtoRejectReasons.BadMessages, $"\"{field}\" is {JsonFields.Quote(value)}, expected a list of {{role, content}}");
        foreach (var message in value.EnumerateArray())
        {
            string role = message.ValueKind == JsonValueKind.Object ? JsonFields.Text(message, "role").ToLowerInvariant() : "";
            if (role.Length == 0 || !message.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String)
                return KtoRowParser.Fail(KtoRejectReasons.BadMessages, $"\"{field}\" holds {JsonFields.Quote(message)}, expected {{\"role\", \"content\"}}");
            messages.Add((role, content.GetString()!.Trim()));
        }
        var systems = messages.Where(m => m.Role == "system" && m.Content.Length > 0).Select(m => m.Content).ToList();
        if (system is not null) systems.Insert(0, system);
        var turns = messages.Where(m => m.Role != "system").ToList();
        int user = turns.FindLastIndex(m => m.Role == "user");
        if (user < 0 || turns[user].Content.Length == 0)
            return KtoRowParser.Fail(KtoRejectReasons.NoUserTurn, $"\"{field}\" has no non-empty user message");
        int reply = turns.FindIndex(user + 1, m => m.Role == "assistant");
        if (reply < 0 || turns[reply].Content.Length == 0)
            return KtoRowParser.Fail(KtoRejectReasons.NoAssistantReply, $"\"{field}\" has no non-empty assistant message after the last user message");
        var label = parser.Label(row, out var failure);
        if (label is null)
            return failure;
        string prompt = user == 0 ? turns[0].Content : Transcript(turns.Take(user + 1));
        string? joinedSystem = systems.Count == 0 ? null : string.Join("\n\n", systems);
        return KtoRowParser.Ok(KtoRowForm.Conversation, line, new KtoRow(prompt, turns[reply].Content, label.Value, line, joinedSystem));
    }

    private static string Transcript(IEnumerable<(string Role, string Content)> turns)
    {
        var text = new StringBuilder();
        foreach (var (role, content) in turns)
            text.Append(text.Length == 0 ? "" : "\n").Append(role).Append(": ").Append(content);
        return text.ToString();
    }
}
