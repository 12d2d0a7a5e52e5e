using ContrastiveTool.Core.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Losses;

/// <summary>Maps a fixture's input names and parameters onto a <see cref="LossBatch"/> and a catalog loss.</summary>
internal static class LossFixtureBinding
{
    public static LossBatch Batch(IReadOnlyDictionary<string, Tensor> inputs)
    {
        Tensor? Get(string name) => inputs.TryGetValue(name, out var tensor) ? tensor : null;
        return new LossBatch
        {
            Queries = Get("queries"), Answers = Get("answers"), Negatives = Get("negatives"),
            QuestionIds = Get("question_ids"), Ranks = Get("ranks"), Scores = Get("scores"), Labels = Get("labels"),
            ListQueries = Get("list_queries"), ListAnswers = Get("list_answers"), ListScores = Get("list_scores"), ListMask = Get("list_mask"),
            GuideQueries = Get("guide_queries"), GuideAnswers = Get("guide_answers"), GuideNegatives = Get("guide_negatives"),
            Teacher = Get("teacher"),
        };
    }

    public static IContrastiveLoss Create(LossFixture fixture, IReadOnlyDictionary<string, Tensor> inputs)
    {
        var loss = LossCatalog.Create(fixture.Loss, new LossParameters(fixture.Parameters));
        if (loss is SoftmaxClassificationLoss softmax && inputs.TryGetValue("head_weight", out var weight))
        {
            using var _ = torch.no_grad();
            softmax.Head.weight!.copy_(weight);
            softmax.Head.bias!.copy_(inputs["head_bias"]);
        }
        return loss;
    }

    public static Tensor? GradientOf(string name, IReadOnlyDictionary<string, Tensor> inputs, IContrastiveLoss loss) => name switch
    {
        "head_weight" => ((SoftmaxClassificationLoss)loss).Head.weight!.grad,
        "head_bias" => ((SoftmaxClassificationLoss)loss).Head.bias!.grad,
        _ => inputs[name].grad,
    };
}
