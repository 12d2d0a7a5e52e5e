using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Core.Transforms.Mined;

namespace ContrastiveTool.Core.Training.Curriculum;

/// <summary>Fills in s(a, p) — and so each negative's difficulty — for mined rows whose miner did not write <c>positive_score</c>.</summary>
/// <remarks>s(a, p) is the cosine of the query and its positive under the starting model (the query with the model's prefix).
/// The miner's s(a, n) is kept: when the miner used the same weights (minilm mines, minilm-torch trains) the two agree.</remarks>
public static class PositiveSimilarity
{
    public static IReadOnlyList<MinedQuery> Fill(IReadOnlyList<MinedQuery> rows, IReadOnlyList<RankedQaItem> items,
        IReadOnlyDictionary<string, QaAnswer> answers, ITextEncoder encoder, EncodeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(encoder);
        var questions = items.ToDictionary(i => i.Question.Id, StringComparer.Ordinal);
        var missing = rows.Where(r => r.PositiveScore is null && questions.ContainsKey(r.QueryId) && answers.ContainsKey(r.PositiveId)).ToList();
        if (missing.Count == 0)
            return rows;
        var texts = missing.Select(r => encoder.QueryPrefix + questions[r.QueryId].Question.Text)
            .Concat(missing.Select(r => answers[r.PositiveId].Body)).ToList();
        var embedded = EmbeddingRunner.Encode(encoder, texts, options, null, cancellationToken);
        var scored = new Dictionary<MinedQuery, MinedQuery>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < missing.Count; i++)
            scored[missing[i]] = missing[i].WithPositiveScore(embedded.Cosine(i, missing.Count + i));
        return rows.Select(r => scored.TryGetValue(r, out var s) ? s : r).ToList();
    }
}
