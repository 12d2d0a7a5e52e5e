using ContrastiveTool.Core.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Training.Distillation;

/// <summary>The loss of multilingual knowledge distillation (Reimers &amp; Gurevych 2020, "Making Monolingual Sentence
/// Embeddings Multilingual"): the student puts a sentence and its translation where the teacher puts the sentence, plus an
/// optional in-batch ranking term between the student's two sides.</summary>
/// <remarks>
/// loss = d · distill_mse([S(src); S(tr)], [T(src); T(src)]) + w · mnr_sym(S(src), S(tr)).
/// d · mse is the mean squared distance ‖s − t‖² per row (2 − 2cos for unit vectors), the same order as the ranking
/// term's cross-entropy; the plain mean over elements would be d times smaller and drown in it. mnr_sym is
/// <see cref="MultipleNegativesRankingLoss"/> with symmetric = true: source i must rank translation i first among the
/// batch's translations, and translation i source i — the retrieval the distilled model is for.
/// Inputs: student embeddings of the sources (B,d) and of the translations (B,d), teacher embeddings of the sources (B,d),
/// all unit length. Defaults: w = 1, scale = 20. Metrics: <c>distance</c> (d · mse), <c>pos_sim</c> (mean cosine of student
/// and teacher), and with w &gt; 0 <c>mnr</c> and <c>accuracy</c> (share of sources whose own translation ranks first).
/// </remarks>
public sealed class DistillationObjective
{
    private readonly DistillationMseLoss _distill = new();
    private readonly MultipleNegativesRankingLoss _rank;
    private readonly double _rankWeight;

    public DistillationObjective(double mnrWeight = 1, double mnrScale = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mnrWeight);
        _rankWeight = mnrWeight;
        _rank = new MultipleNegativesRankingLoss(mnrScale, symmetric: true);
    }

    /// <summary>The loss (attached to the student's graph; the caller disposes it) and the batch metrics.</summary>
    public LossResult Compute(Tensor sources, Tensor translations, Tensor teacher, bool withMetrics = true)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(translations);
        ArgumentNullException.ThrowIfNull(teacher);
        using var scope = NewDisposeScope();
        var students = cat([sources, translations], 0);                                      // (2B, d)
        var targets = cat([teacher, teacher], 0);                                            // (2B, d)
        var distill = _distill.Compute(new LossBatch { Queries = students, Teacher = targets }, withMetrics);
        long dimension = sources.shape[1];
        var loss = distill.Loss * dimension;                                                 // ()
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        if (withMetrics)
        {
            metrics["distance"] = loss.item<float>();
            metrics["pos_sim"] = distill.Metrics["pos_sim"];
        }
        if (_rankWeight > 0)
        {
            var rank = _rank.Compute(new LossBatch { Queries = sources, Answers = translations }, withMetrics);
            if (withMetrics)
            {
                metrics["mnr"] = rank.Loss.item<float>();
                metrics["accuracy"] = rank.Metrics["accuracy"];
            }
            loss = loss + rank.Loss * _rankWeight;                                           // ()
        }
        return new LossResult(loss.MoveToOuterDisposeScope(), metrics);
    }
}
