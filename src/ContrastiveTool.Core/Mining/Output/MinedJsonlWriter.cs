namespace ContrastiveTool.Core.Mining.Output;

/// <summary>Writes mined negatives as JSON Lines: <c>{"query_id", "positive_id", "negatives": [{"id", "tier", "score"}]}</c>.</summary>
/// <remarks>One row per pair, in input order; negatives in the order mined (tier 0 first, then by tier for
/// <c>tiered</c>, by rank for similarity strategies); a short row simply lists fewer. Scores are cosines rounded to 6
/// decimals. The tier and score of each negative are the curriculum data a trainer can schedule easy → hard by.
/// Written to a temporary file and renamed, so a cancelled run leaves nothing.</remarks>
public static class MinedJsonlWriter
{
    public static void Write(string path, MiningInput input, MiningResult result)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        JsonLinesFile.Write(path, (writer, endRow) =>
        {
            for (int p = 0; p < result.Pairs; p++)
            {
                var pair = input.Pairs[p];
                writer.WriteStartObject();
                writer.WriteString("query_id", input.Queries[pair.Query].Id);
                writer.WriteString("positive_id", input.Corpus[pair.Positive].Id);
                writer.WriteStartArray("negatives");
                for (int j = 0; j < result.Width; j++)
                {
                    long at = (long)p * result.Width + j;
                    if (result.Negatives[at] < 0)
                        continue;
                    writer.WriteStartObject();
                    writer.WriteString("id", input.Corpus[(int)result.Negatives[at]].Id);
                    writer.WriteNumber("tier", result.Tiers[at]);
                    writer.WriteNumber("score", Math.Round(result.Scores[at], 6));
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
                endRow();
            }
        });
    }
}
