using ContrastiveTool.Core.Losses;
using ContrastiveTool.Core.Transforms;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Training;

/// <summary>A <see cref="TextBatch"/> laid out as one list of texts for the encoder, and the map from their embeddings
/// <c>E (N, d)</c> back to a <see cref="LossBatch"/>.</summary>
/// <remarks>Layout — pairs: B queries, B positives, B·K negatives (row-major); lists: Q queries, then each list's answers.
/// Queries come first (<see cref="QueryCount"/>) and carry the model's query prefix. Question ids become int64 indices
/// in first-seen order; ranks and scores pass through.</remarks>
public sealed class EncodedBatch
{
    private readonly TextBatch _batch;

    public EncodedBatch(TextBatch batch, string queryPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(batch);
        _batch = batch;
        var texts = new List<string>();
        if (batch.Lists.Count > 0)
        {
            texts.AddRange(batch.Lists.Select(l => queryPrefix + l.Query));
            texts.AddRange(batch.Lists.SelectMany(l => l.Answers.Select(a => a.Text)));
            QueryCount = batch.Lists.Count;
        }
        else
        {
            texts.AddRange(batch.Pairs.Select(p => queryPrefix + p.Query));
            texts.AddRange(batch.Pairs.Select(p => p.Positive.Text));
            texts.AddRange(batch.Pairs.SelectMany(p => p.Negatives.Select(n => n.Text)));
            QueryCount = batch.Pairs.Count;
        }
        Texts = texts;
    }

    /// <summary>Every text to encode, queries first.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>How many of <see cref="Texts"/> are queries.</summary>
    public int QueryCount { get; }

    /// <summary>The loss inputs, slicing <paramref name="embeddings"/> <c>(N, d)</c> (N = <see cref="Texts"/>.Count) without copying gradients away.</summary>
    public LossBatch Assemble(Tensor embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        return _batch.Lists.Count > 0 ? AssembleLists(embeddings) : AssemblePairs(embeddings);
    }

    private LossBatch AssemblePairs(Tensor e)
    {
        var pairs = _batch.Pairs;
        int b = pairs.Count, k = pairs[0].Negatives.Count;
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        long[] questionIds = pairs.Select(p => ids.TryGetValue(p.QuestionId, out long id) ? id : ids[p.QuestionId] = ids.Count).ToArray();
        return new LossBatch
        {
            Queries = e.narrow(0, 0, b),                                                      // (B, d)
            Answers = e.narrow(0, b, b),                                                      // (B, d)
            Negatives = k == 0 ? null : e.narrow(0, 2 * b, b * k).reshape(b, k, -1),          // (B, K, d)
            QuestionIds = tensor(questionIds, dtype: ScalarType.Int64),                       // (B)
            Ranks = tensor(pairs.Select(p => (long)p.Positive.Rank).ToArray(), dtype: ScalarType.Int64),  // (B)
            Scores = tensor(pairs.Select(p => (float)p.Positive.Score).ToArray()),           // (B)
        };
    }

    private LossBatch AssembleLists(Tensor e)
    {
        var lists = _batch.Lists;
        int q = lists.Count, m = lists.Max(l => l.Answers.Count);
        long padding = e.shape[0];                                                            // index of an all-zero row
        var index = new long[q * m];
        var scores = new float[q * m];
        var mask = new float[q * m];
        long next = q;
        for (int i = 0; i < q; i++)
            for (int j = 0; j < m; j++)
            {
                bool present = j < lists[i].Answers.Count;
                index[i * m + j] = present ? next++ : padding;
                scores[i * m + j] = present ? (float)lists[i].Answers[j].Score : 0f;
                mask[i * m + j] = present ? 1f : 0f;
            }
        var padded = cat([e, zeros(1, e.shape[1], dtype: e.dtype)], 0);                        // (N+1, d)
        return new LossBatch
        {
            ListQueries = e.narrow(0, 0, q),                                                  // (Q, d)
            ListAnswers = padded.index_select(0, tensor(index)).reshape(q, m, -1),            // (Q, M, d)
            ListScores = tensor(scores, q, m),                                                // (Q, M)
            ListMask = tensor(mask, q, m),                                                    // (Q, M)
        };
    }
}
