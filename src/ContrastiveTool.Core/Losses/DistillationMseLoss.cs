using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>sentence-transformers' MSELoss: the student's embedding of a text must equal the teacher's.</summary>
/// <remarks>
/// loss = mean over all elements (student − teacher)². Inputs: teacher embeddings (queries = the student's embedding).
/// Used for multilingual knowledge distillation: the teacher embeds the English side, the student learns the other
/// language to land on the same point. Embeddings are not re-normalised. Reference: Reimers &amp; Gurevych 2020.
/// </remarks>
public sealed class DistillationMseLoss() : ContrastiveLoss("distill_mse")
{
    /// <inheritdoc/>
    public override BatchKind Accepts => BatchKind.TeacherEmbeddings;

    /// <inheritdoc/>
    protected override Tensor ComputeLoss(LossBatch batch, LossMetrics metrics)
    {
        var student = Require(batch.Queries, "queries (B,d): the student's embeddings", 2);
        var teacher = Require(batch.Teacher, "teacher (B,d): the teacher's embeddings", 2);
        RequireSameShape(student, "queries", teacher, "teacher");
        metrics.Add("pos_sim", () => PairSimilarity.Cosine(student, teacher).mean());
        return mse_loss(student, teacher);
    }
}
