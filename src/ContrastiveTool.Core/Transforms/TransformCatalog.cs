using ContrastiveTool.Core.Losses;
using ContrastiveTool.Core.Transforms.Mined;

namespace ContrastiveTool.Core.Transforms;

/// <summary>Every batch transform by the seed project's name (one line each), and the loss/transform compatibility check.</summary>
public static class TransformCatalog
{
    public static IReadOnlyList<TransformDescriptor> All { get; } =
    [
        new("infonce", BatchKind.InBatchPairs, "each question with its top (or a random) answer; in-batch negatives", ["take_top"],
            o => new InfoNceTransform(o.TakeTop)),
        new("multiple_positives", BatchKind.GroupedPairs, "each question once per top answer (up to pos_count), with rank and score", ["pos_count"],
            o => new MultiplePositivesTransform(o.PosCount)),
        new("hard_negative", BatchKind.GroupedPairs, "each question with all its answers ranked; lower ranks are hard negatives", [],
            _ => new HardNegativeTransform()),
        new("triplet", BatchKind.Triplets, "question, top answer, one negative (neg_strategy hard_negative | in_batch | mixed)", ["neg_strategy"],
            o => new TripletTransform(o.NegStrategy)),
        new("listwise", BatchKind.ScoredLists, "each question with up to max_answers answers and their normalised scores", ["max_answers"],
            o => new ListwiseTransform(o.MaxAnswers)),
        new("standardized_test", BatchKind.None, "evaluation only: one positive, up to 5 hard negatives, other questions' positives", [],
            _ => new StandardizedTestTransform()),
        new("mined", BatchKind.ExplicitNegatives, "each question with its positive and the negatives of a mine output (negatives)", ["negatives"],
            o => new MinedTransform(o.Mined ?? throw new UserInputException("batch_transform 'mined' needs negatives: a mine output (e.g. --negatives mined.jsonl)"),
                                    o.Answers ?? new Dictionary<string, Data.RankedQa.QaAnswer>(), o.Admits)),
    ];

    /// <summary>The transform called <paramref name="name"/>; unknown names get "did you mean" and the list.</summary>
    public static TransformDescriptor Find(string name) => NameLookup.Find(All, d => d.Name, name, "batch_transform");

    /// <summary>The transforms whose batches a loss accepting <paramref name="accepts"/> can train on.</summary>
    public static IReadOnlyList<string> CompatibleWith(BatchKind accepts) =>
        All.Where(d => (d.Produces & accepts) != 0).Select(d => d.Name).ToList();

    /// <summary>Refuses a loss/transform pair whose batch kinds don't meet, naming the transforms the loss accepts.</summary>
    /// <exception cref="UserInputException">The pair can't train.</exception>
    public static void EnsureCompatible(string lossName, BatchKind accepts, TransformDescriptor transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        if ((transform.Produces & accepts) != 0)
            return;
        string why = transform.Produces == BatchKind.None
            ? $"batch_transform '{transform.Name}' is evaluation-only"
            : $"loss '{lossName}' accepts {accepts} batches but batch_transform '{transform.Name}' produces {transform.Produces}";
        var compatible = CompatibleWith(accepts);
        string fix = compatible.Count > 0 ? $"use batch_transform {string.Join(" or ", compatible)} with loss '{lossName}'"
            : $"loss '{lossName}' needs inputs no batch transform produces (e.g. labels or a teacher); train it from a recipe";
        throw new UserInputException($"{why}; {fix} (see `contrastive losses`)");
    }
}
