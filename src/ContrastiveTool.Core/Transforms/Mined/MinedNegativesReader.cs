using System.Text.Json;

namespace ContrastiveTool.Core.Transforms.Mined;

/// <summary>Reads a <c>mine</c> output (JSON Lines of <see cref="MinedQuery"/>); a malformed line is a user error naming it.</summary>
/// <remarks>Rows with <c>positive_score</c> get each negative's difficulty at once; others wait for the trainer to score
/// the positive with the starting model.</remarks>
public static class MinedNegativesReader
{
    public static IReadOnlyList<MinedQuery> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new UserInputException($"negatives: no such file: '{path}' (write one with `contrastive mine`)");
        var rows = new List<MinedQuery>();
        int line = 0;
        foreach (string text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            try
            {
                rows.Add(Parse(JsonDocument.Parse(text).RootElement));
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                throw new UserInputException($"{path}:{line}: not a mined-negatives row ({e.Message}); expected " +
                    "{\"query_id\", \"positive_id\", \"negatives\": [{\"id\", \"tier\", \"score\"}]}");
            }
        }
        return rows;
    }

    private static MinedQuery Parse(JsonElement row)
    {
        var negatives = row.GetProperty("negatives").EnumerateArray()
            .Select(n => new MinedNegative(Id(n.GetProperty("id")),
                n.TryGetProperty("tier", out var tier) ? tier.GetInt32() : 0,
                n.GetProperty("score").GetDouble()))
            .ToList();
        var query = new MinedQuery(Id(row.GetProperty("query_id")), Id(row.GetProperty("positive_id")), null, negatives);
        return row.TryGetProperty("positive_score", out var positive) && positive.ValueKind == JsonValueKind.Number
            ? query.WithPositiveScore(positive.GetDouble())
            : query;
    }

    private static string Id(JsonElement id) => id.ValueKind == JsonValueKind.Number ? id.GetRawText() : id.GetString()!;
}
