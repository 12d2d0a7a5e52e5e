using ContrastiveTool.Core.Models.Encoders;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Mining.Output;

/// <summary><c>--scores-out</c>: every pair's top candidates with their scores, for tuning guards offline.</summary>
/// <remarks>One JSON line per pair: <c>{"query_id", "positive_id", "positive_score", "candidates": [{"id", "score",
/// "status"}]}</c> — the <c>depth</c> most similar corpus items, best first, status <c>positive</c>, <c>query</c>,
/// <c>same-question</c>, <c>mined</c> (chosen as a negative) or <c>candidate</c>. From these a user can see what a
/// margin, a max score or a rank window would have kept without mining again. Mined negatives outside the top
/// <c>depth</c> (random tiers) are in the mined file with their scores.</remarks>
public static class ScoresFileWriter
{
    public static void Write(string path, MiningInput input, MiningResult result, EmbeddingMatrix queries, INeighbourSearch search,
                             int depth = 100, int blockSize = 2048, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(search);
        var corpusIndex = input.Corpus.Select((c, i) => (c.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        JsonLinesFile.Write(path, (writer, endRow) =>
        {
            using var all = tensor(queries.Values, [queries.Count, queries.Dimension]);          // (Q, d)
            for (int start = 0; start < result.Pairs; start += blockSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var scope = NewDisposeScope();
                int size = Math.Min(blockSize, result.Pairs - start);
                var rows = tensor(input.Pairs.Skip(start).Take(size).Select(p => (long)p.Query).ToArray(), dtype: ScalarType.Int64);
                var (scores, indices) = search.Search(all.index(rows), depth, cancellationToken); // (b, D)
                var (s, at) = (scores.data<float>().ToArray(), indices.data<long>().ToArray());
                int width = (int)indices.shape[1];
                for (int r = 0; r < size; r++)
                {
                    int p = start + r;
                    var pair = input.Pairs[p];
                    var mined = Enumerable.Range(0, result.Width).Select(j => result.Negatives[(long)p * result.Width + j]).ToHashSet();
                    corpusIndex.TryGetValue(input.Queries[pair.Query].Id, out int self);
                    bool selfInCorpus = corpusIndex.ContainsKey(input.Queries[pair.Query].Id);
                    writer.WriteStartObject();
                    writer.WriteString("query_id", input.Queries[pair.Query].Id);
                    writer.WriteString("positive_id", input.Corpus[pair.Positive].Id);
                    writer.WriteNumber("positive_score", Math.Round(result.PositiveScores[p], 6));
                    writer.WriteStartArray("candidates");
                    for (int j = 0; j < width; j++)
                    {
                        int item = (int)at[r * width + j];
                        string status = item == pair.Positive || input.Positives[pair.Query].Contains(item) ? "positive"
                            : selfInCorpus && item == self ? "query"
                            : mined.Contains(item) ? "mined"
                            : input.SameQuestion[pair.Query].Contains(item) ? "same-question" : "candidate";
                        writer.WriteStartObject();
                        writer.WriteString("id", input.Corpus[item].Id);
                        writer.WriteNumber("score", Math.Round(s[r * width + j], 6));
                        writer.WriteString("status", status);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                    endRow();
                }
            }
        });
    }
}
