using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Losses;

namespace ContrastiveTool.Core.Transforms.Mined;

/// <summary><c>mined</c>: each question with its positive and the explicit negatives a <c>mine</c> run found for it.</summary>
/// <remarks>Per item, the mined rows of its question id; a row's positive is the answer <c>positive_id</c> (the item's top
/// answer when that id is unknown), its negatives the mined ones that <c>admits</c> accepts (a curriculum stage) and whose
/// text is known, in the miner's order. Every row of a batch keeps the first K negatives, K = the fewest any row has, so
/// the batch is rectangular; rows with none are skipped. Produces: explicit negatives (B, K).
/// Pairs with: mnr (cached or not), infonce_negs, triplet, adaptive_triplet, gist.</remarks>
public sealed class MinedTransform : IBatchTransform
{
    private readonly ILookup<string, MinedQuery> _rows;
    private readonly IReadOnlyDictionary<string, QaAnswer> _answers;
    private readonly Func<MinedNegative, bool> _admits;

    /// <param name="rows">The mine output.</param>
    /// <param name="answers">Every answer whose text a negative may name, by id (the training split's).</param>
    /// <param name="admits">Which negatives to keep (a curriculum stage); all by default.</param>
    public MinedTransform(IReadOnlyList<MinedQuery> rows, IReadOnlyDictionary<string, QaAnswer> answers, Func<MinedNegative, bool>? admits = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(answers);
        _rows = rows.ToLookup(r => r.QueryId, StringComparer.Ordinal);
        _answers = answers;
        _admits = admits ?? (_ => true);
    }

    /// <summary>Every answer of <paramref name="items"/> by id, for the <c>answers</c> argument.</summary>
    public static IReadOnlyDictionary<string, QaAnswer> AnswersById(IEnumerable<RankedQaItem> items) =>
        items.SelectMany(i => i.Answers).GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <inheritdoc/>
    public string Name => "mined";

    /// <inheritdoc/>
    public BatchKind Produces => BatchKind.ExplicitNegatives;

    /// <inheritdoc/>
    public TextBatch Apply(IReadOnlyList<RankedQaItem> items, Random random)
    {
        ArgumentNullException.ThrowIfNull(items);
        var rows = new List<TrainingPair>();
        foreach (var item in items)
            foreach (var mined in _rows[item.Question.Id])
            {
                var negatives = mined.Negatives.Where(n => _admits(n) && n.Id != mined.PositiveId && _answers.ContainsKey(n.Id))
                    .Select(n => new TextCandidate(n.Id, _answers[n.Id].Body, n.Score, _answers[n.Id].Rank, n.Tier)).ToList();
                if (negatives.Count == 0)
                    continue;
                var positive = _answers.TryGetValue(mined.PositiveId, out var answer) ? answer : item.Positive;
                rows.Add(item.Pair(positive, negatives));
            }
        if (rows.Count == 0)
            return TextBatch.OfPairs(Produces, rows);
        int k = rows.Min(r => r.Negatives.Count);
        return TextBatch.OfPairs(Produces, rows.Select(r => r with { Negatives = r.Negatives.Take(k).ToList() }).ToList());
    }
}
