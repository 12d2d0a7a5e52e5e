using System.Text.Json;

namespace ContrastiveTool.Core.Mining.Output;

/// <summary>Mined negatives as ready training data with the texts (<c>mine --to</c>).</summary>
/// <remarks>
/// <c>sentence-transformers</c>: one row per pair, <c>{"anchor", "positive", "negative_1", …, "negative_n"}</c> (the
/// n-tuple shape of <c>mine_hard_negatives</c>; rows short of n are left out, since every row needs the same columns).
/// <c>triplets</c>: one row per negative, <c>{"anchor", "positive", "negative"}</c>.
/// <c>trl-cpo</c>: one row per negative, <c>{"prompt", "chosen", "rejected"}</c> (TRL's CPOTrainer preference rows).
/// </remarks>
public static class TrainingDataWriter
{
    /// <summary>The formats <c>--to</c> accepts.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["sentence-transformers", "triplets", "trl-cpo"];

    /// <summary>Writes <paramref name="format"/> to <paramref name="path"/>; returns the rows written.</summary>
    public static long Write(string path, string format, MiningInput input, MiningResult result)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        string name = NameLookup.Find(Formats, f => f, format, "--to format");
        long rows = 0;
        JsonLinesFile.Write(path, (writer, endRow) =>
        {
            for (int p = 0; p < result.Pairs; p++)
            {
                var pair = input.Pairs[p];
                string anchor = input.Queries[pair.Query].Text, positive = input.Corpus[pair.Positive].Text;
                var negatives = Enumerable.Range(0, result.Width).Select(j => result.Negatives[(long)p * result.Width + j])
                    .Where(i => i >= 0).Select(i => input.Corpus[(int)i].Text).ToList();
                if (name == "sentence-transformers")
                {
                    if (negatives.Count < result.Width)
                        continue;
                    Row(writer, endRow, [("anchor", anchor), ("positive", positive), .. negatives.Select((t, j) => ($"negative_{j + 1}", t))]);
                    rows++;
                    continue;
                }
                foreach (string negative in negatives)
                {
                    Row(writer, endRow, name == "triplets"
                        ? [("anchor", anchor), ("positive", positive), ("negative", negative)]
                        : [("prompt", anchor), ("chosen", positive), ("rejected", negative)]);
                    rows++;
                }
            }
        });
        return rows;
    }

    private static void Row(Utf8JsonWriter writer, Action endRow, IEnumerable<(string Name, string Value)> fields)
    {
        writer.WriteStartObject();
        foreach (var (field, value) in fields)
            writer.WriteString(field, value);
        writer.WriteEndObject();
        endRow();
    }
}
