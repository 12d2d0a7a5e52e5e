namespace ContrastiveTool.Core.Training.Config;

/// <summary>The seed project's named configurations (<c>--preset</c>): a transform, a loss and their settings.</summary>
public static class TrainPresets
{
    public static IReadOnlyList<(string Name, TrainConfig Config)> All { get; } =
    [
        ("infonce_standard", new() { Name = "InfoNCE Standard", BatchTransform = "infonce", TakeTop = true, LossType = "infonce", Temperature = 0.1 }),
        ("infonce_random", new() { Name = "InfoNCE Random", BatchTransform = "infonce", TakeTop = false, LossType = "infonce", Temperature = 0.1 }),
        ("multiple_positives_rank", new() { Name = "Multiple Positives with Ranks", BatchTransform = "multiple_positives", PosCount = 3,
            UseRanks = true, UseScores = false, RankWeight = 0.1, LossType = "rank_infonce", Temperature = 0.1 }),
        ("multiple_positives_score", new() { Name = "Multiple Positives with Scores", BatchTransform = "multiple_positives", PosCount = 3,
            UseRanks = false, UseScores = true, ScoreWeight = 0.05, LossType = "rank_infonce", Temperature = 0.1 }),
        ("hard_negative", new() { Name = "Relaxed Hard Negative InfoNCE", BatchTransform = "hard_negative", HardNegativeWeight = 0.1,
            LossType = "relaxed_hard_neg", Temperature = 0.1 }),
        ("triplet_hard_neg", new() { Name = "Triplet with Hard Negatives", BatchTransform = "triplet", NegStrategy = "hard_negative",
            LossType = "triplet", Margin = 0.2 }),
        ("listwise", new() { Name = "Listwise Ranking", BatchTransform = "listwise", MaxAnswers = 5, LossType = "listwise", Temperature = 1.0 }),
    ];

    /// <summary>The preset called <paramref name="name"/>; unknown names get "did you mean" and the list.</summary>
    public static TrainConfig Find(string name) => NameLookup.Find(All, p => p.Name, name, "preset").Config;
}
