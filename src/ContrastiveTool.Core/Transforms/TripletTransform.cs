using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Losses;

namespace ContrastiveTool.Core.Transforms;

/// <summary><c>triplet</c>: (question, top answer, one negative) per item.</summary>
/// <remarks>neg_strategy: <c>hard_negative</c> (default) = the same question's lowest-ranked answer; <c>in_batch</c> = the top
/// answer of another question of the batch, drawn uniformly; <c>mixed</c> = a fair coin per item picks hard_negative (when the
/// item has a second answer) or in_batch. Items left without a negative are skipped. Produces: triplets (K = 1).
/// Pairs with: triplet, adaptive_triplet, infonce_negs, mnr, gist.</remarks>
public sealed class TripletTransform : IBatchTransform
{
    /// <summary>The neg_strategy values.</summary>
    public static IReadOnlyList<string> Strategies { get; } = ["hard_negative", "in_batch", "mixed"];

    private readonly string _strategy;

    public TripletTransform(string negStrategy = "hard_negative") =>
        _strategy = NameLookup.Find(Strategies, s => s, negStrategy, "neg_strategy");

    /// <inheritdoc/>
    public string Name => "triplet";

    /// <inheritdoc/>
    public BatchKind Produces => BatchKind.Triplets;

    /// <inheritdoc/>
    public TextBatch Apply(IReadOnlyList<RankedQaItem> items, Random random)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(random);
        var pairs = new List<TrainingPair>();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            bool hard = _strategy switch
            {
                "hard_negative" => true,
                "in_batch" => false,
                _ => random.NextDouble() < 0.5 && item.Answers.Count > 1,
            };
            var negative = hard ? Lowest(item) : OtherTop(items, i, random);
            if (negative is not null)
                pairs.Add(item.Pair(item.Positive, [negative]));
        }
        return TextBatch.OfPairs(Produces, pairs);
    }

    private static TextCandidate? Lowest(RankedQaItem item) => item.Answers.Count > 1 ? item.Answers[^1].Candidate() : null;

    private static TextCandidate? OtherTop(IReadOnlyList<RankedQaItem> items, int self, Random random)
    {
        if (items.Count < 2)
            return null;
        int other = random.Next(items.Count - 1);
        return items[other >= self ? other + 1 : other].Positive.Candidate();
    }
}
