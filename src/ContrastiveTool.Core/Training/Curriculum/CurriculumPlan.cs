using ContrastiveTool.Core.Transforms.Mined;

namespace ContrastiveTool.Core.Training.Curriculum;

/// <summary>Curriculum learning over mined negatives: easy stages first, each admitting more (harder) negatives.</summary>
/// <remarks>
/// <c>difficulty</c> (the seed notebook's): difficulty = s(a,n) − s(a,p) + 1 (higher = the negative scores closer to, or above,
/// the positive); stage i admits negatives with difficulty ≤ threshold_i — defaults easy ≤ 0.3 (2 epochs), medium ≤ 0.6 (3),
/// hard ≤ 1.0 (5). Stages are cumulative, as the seed's filter is.
/// <c>tier</c>: the tiered miner's tiers (1 in-cluster, 2 adjacent cluster, 3 high similarity, 4 random): easy = {4},
/// medium = {3, 4}, hard = all tiers; same epoch defaults. <c>none</c>: one stage admitting every negative for <c>epochs</c>.
/// </remarks>
public sealed class CurriculumPlan
{
    private CurriculumPlan(IReadOnlyList<CurriculumStage> stages) => Stages = stages;

    public IReadOnlyList<CurriculumStage> Stages { get; }

    /// <summary>Total epochs over all stages.</summary>
    public int Epochs => Stages.Sum(s => s.Epochs);

    public static CurriculumPlan Create(string kind, int epochs, IReadOnlyList<int> stageEpochs, IReadOnlyList<double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(stageEpochs);
        ArgumentNullException.ThrowIfNull(thresholds);
        string[] names = ["easy", "medium", "hard"];
        switch (kind)
        {
            case "none":
                return new([new CurriculumStage("all", epochs, "every negative", _ => true)]);
            case "tier":
                RequireCount("curriculum_epochs", stageEpochs.Count, 3, "tier has three stages: easy, medium, hard");
                int[][] tiers = [[4], [3, 4], [0, 1, 2, 3, 4]];
                return new(Enumerable.Range(0, 3).Select(i => new CurriculumStage(names[i], stageEpochs[i],
                    i == 2 ? "every tier" : $"tier ∈ {{{string.Join(", ", tiers[i])}}}", n => tiers[i].Contains(n.Tier))).ToList());
            case "difficulty":
                RequireCount("curriculum_epochs", stageEpochs.Count, thresholds.Count, "one epoch count per curriculum_thresholds entry");
                return new(thresholds.Select((t, i) => new CurriculumStage(thresholds.Count == 3 ? names[i] : $"stage {i + 1}", stageEpochs[i],
                    $"difficulty ≤ {t:0.###}", n => n.Difficulty is double d && d <= t)).ToList());
            default:
                throw new UserInputException($"curriculum '{kind}': known: none, tier, difficulty");
        }
    }

    /// <summary>The stage that trains 0-based epoch <paramref name="epoch"/>.</summary>
    public CurriculumStage StageOf(int epoch)
    {
        int end = 0;
        foreach (var stage in Stages)
            if (epoch < (end += stage.Epochs))
                return stage;
        throw new ArgumentOutOfRangeException(nameof(epoch), epoch, $"the curriculum has {Epochs} epochs");
    }

    private static void RequireCount(string key, int count, int expected, string why)
    {
        if (count != expected)
            throw new UserInputException($"config key '{key}' must have {expected} entries ({why}), got {count}");
    }
}
