using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Losses;

/// <summary>Similarity labels for scored pairs: given, or the answer's score min-max normalised within its question.</summary>
internal static class PairLabels
{
    public static Tensor Resolve(LossBatch batch, string lossName)
    {
        if (batch.Labels is not null)
            return batch.Labels.to_type(ScalarType.Float32);
        if (batch.Scores is null || batch.QuestionIds is null)
            throw new LossInputException($"loss '{lossName}' needs labels (B), or scores with question ids to derive them from");
        var scores = batch.Scores.to_type(ScalarType.Float32);                               // (B)
        return GroupMasks.MinMaxWithinGroup(scores, GroupMasks.SameQuestion(batch.QuestionIds), whenConstant: 1); // (B)
    }
}
