using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>sentence-transformers' GISTEmbedLoss: in-batch InfoNCE where a guide model masks out likely false negatives.</summary>
/// <remarks>
/// Candidates for query i: every answer (ap), every other query (aa), every other answer (pp) and every explicit negative (an),
/// all by cosine. A candidate is dropped (logit −∞) when the guide's similarity for it exceeds the guide's similarity of
/// i's own pair minus the margin ("absolute": g &gt; g_ii − margin) or times (1 − margin) ("relative"); i's own answer is
/// never dropped. loss = CE([ap, aa, pp, an]/τ, i). Inputs: in-batch pairs or explicit negatives, plus the guide's
/// embeddings of the same texts (guide_queries, guide_answers, guide_negatives). Defaults: τ = 0.01, margin 0, absolute.
/// Reference: Solatorio 2024 (GISTEmbed). Relations: mnr without the guide; the range miner guards offline instead.
/// </remarks>
public sealed class GistLoss : ContrastiveLoss
{
    private readonly double _temperature, _margin;
    private readonly bool _relative;

    public GistLoss(double temperature = 0.01, double margin = 0, string marginStrategy = "absolute") : base("gist")
    {
        RequirePositive(temperature, "temperature");
        _relative = marginStrategy switch
        {
            "absolute" => false,
            "relative" => true,
            _ => throw new LossInputException($"gist margin_strategy must be 'absolute' or 'relative', got '{marginStrategy}'"),
        };
        (_temperature, _margin) = (temperature, margin);
    }

    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.InBatchPairs | BatchKind.ExplicitNegatives | BatchKind.Triplets;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var (queries, answers) = RequirePairs(batch);
        var guideQueries = Require(batch.GuideQueries, "guide_queries (B,g): the guide model's embeddings", 2);
        var guideAnswers = Require(batch.GuideAnswers, "guide_answers (B,g)", 2);
        RequireSameShape(guideQueries, "guide_queries", guideAnswers, "guide_answers");
        RequireRows(guideQueries, "guide_queries", queries.shape[0]);
        long rows = queries.shape[0];
        var guideAp = PairSimilarity.CosineMatrix(guideQueries, guideAnswers);               // (B,B)
        var threshold = guideAp.diagonal().unsqueeze(1);                                     // (B,1)
        threshold = _relative ? threshold * (1 - _margin) : threshold - _margin;             // (B,1)
        var own = GroupMasks.Diagonal(rows);                                                 // (B,B)
        var ap = PairSimilarity.CosineMatrix(queries, answers);                              // (B,B)
        var blocks = new List<Tensor>
        {
            Guarded(ap, guideAp, threshold, own),
            Guarded(PairSimilarity.CosineMatrix(queries, queries), PairSimilarity.CosineMatrix(guideQueries, guideQueries), threshold, null),
            Guarded(PairSimilarity.CosineMatrix(answers, answers), PairSimilarity.CosineMatrix(guideAnswers, guideAnswers), threshold, null),
        };
        if (batch.Negatives is not null)
        {
            var negatives = RequireNegatives(batch, queries);
            var guideNegatives = Require(batch.GuideNegatives, "guide_negatives (B,K,g)", 3);
            var flat = negatives.reshape(-1, negatives.shape[2]);                            // (B·K,d)
            var guideFlat = guideNegatives.reshape(-1, guideNegatives.shape[2]);             // (B·K,g)
            blocks.Add(Guarded(PairSimilarity.CosineMatrix(queries, flat), PairSimilarity.CosineMatrix(guideQueries, guideFlat), threshold, null));
        }
        var logits = torch.cat(blocks, 1) / _temperature;                                    // (B,3B+B·K)
        var loss = cross_entropy(logits, torch.arange(rows, ScalarType.Int64));              // ()
        SimilarityMetrics.AddTopIsDiagonal(metrics, logits);
        SimilarityMetrics.AddPositiveNegative(metrics, ap, own);
        metrics.Add("masked_share", () => logits.isinf().to_type(ScalarType.Float32).mean());
        return loss;
    }

    // Drops (−∞) the candidates the guide rates above the row's threshold, except the row's own positive.
    private static Tensor Guarded(Tensor similarity, Tensor guide, Tensor threshold, Tensor? keep)
    {
        var drop = guide.gt(threshold);                                                      // (B,N)
        if (keep is not null)
            drop = drop.logical_and(keep.logical_not());
        return similarity.masked_fill(drop, double.NegativeInfinity);                        // (B,N)
    }
}
