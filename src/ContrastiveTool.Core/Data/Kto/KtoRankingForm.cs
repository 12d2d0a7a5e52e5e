using System.Text.Json;
using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Kto;

/// <summary>A ranking row <c>{prompt, responses: [...], rankings: [...]}</c>: rank 1 is the best response.</summary>
/// <remarks>The k best-ranked responses are good and the k worst bad, k = min(--ranking-take, ⌊n/2⌋), so no response is
/// both; ties keep file order. <c>rankings</c> must be one number per response.</remarks>
internal static class KtoRankingForm
{
    public static RowParseResult<KtoRecord> Parse(JsonElement row, string? system, long line, int take)
    {
        string prompt = JsonFields.Text(row, "prompt");
        if (prompt.Length == 0)
            return KtoRowParser.Fail(KtoRejectReasons.MissingPrompt, "\"prompt\" is missing, empty or not text");
        var responses = JsonFields.Texts(row.GetProperty("responses"));
        if (responses is null || responses.Any(r => r.Length == 0))
            return KtoRowParser.Fail(KtoRejectReasons.MissingCompletion, "\"responses\" must be a list of non-empty texts");
        var rankings = row.GetProperty("rankings");
        if (rankings.ValueKind != JsonValueKind.Array || rankings.GetArrayLength() != responses.Count)
            return KtoRowParser.Fail(KtoRejectReasons.BadRankings,
                $"\"rankings\" must be a list of {responses.Count} numbers (one per response), got {JsonFields.Quote(rankings)}");
        var ranks = new double[responses.Count];
        int i = 0;
        foreach (var rank in rankings.EnumerateArray())
            if (!JsonFields.TryNumber(rank, out ranks[i++]))
                return KtoRowParser.Fail(KtoRejectReasons.BadRankings, $"ranking {JsonFields.Quote(rank)} is not a number");
        if (responses.Count < 2)
            return KtoRowParser.Fail(KtoRejectReasons.TooFewResponses, $"{responses.Count} response; a ranking needs at least 2 (best good, worst bad)");

        var order = Enumerable.Range(0, responses.Count).OrderBy(r => ranks[r]).ThenBy(r => r).ToArray();
        int k = Math.Min(take, responses.Count / 2);
        var rows = new List<KtoRow>(2 * k);
        rows.AddRange(order.Take(k).Select(r => new KtoRow(prompt, responses[r], true, line, system)));
        rows.AddRange(order.TakeLast(k).Select(r => new KtoRow(prompt, responses[r], false, line, system)));
        return KtoRowParser.Ok(KtoRowForm.Ranking, line, [.. rows]);
    }
}
