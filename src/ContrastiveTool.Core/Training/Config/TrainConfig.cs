namespace ContrastiveTool.Core.Training.Config;

/// <summary>One training run, under the seed project's configuration keys (snake_case in files and <c>--kebab-case</c> flags).</summary>
/// <remarks>Defaults are the seed's where it has one (test_size 0.2, seed 42, learning_rate 2e-5, temperature 0.1, margin 0.2,
/// rank_weight 0.1, score_weight 0.05, pos_count 3, max_answers 5), scaled for 2 CPU cores where it is a size (batch_size 16,
/// epochs 1). <see cref="TrainConfigKeys"/> documents each key.</remarks>
public sealed record TrainConfig
{
    public string? Name { get; init; }
    public string? DataPath { get; init; }
    public int? Limit { get; init; }
    public double TestSize { get; init; } = 0.2;
    public long Seed { get; init; } = 42;
    public int BatchSize { get; init; } = 16;
    public int Epochs { get; init; } = 1;
    public double LearningRate { get; init; } = 2e-5;
    public int EvalSteps { get; init; }
    public bool EvalAtZero { get; init; }
    public string BatchTransform { get; init; } = "infonce";
    public bool TakeTop { get; init; } = true;
    public int PosCount { get; init; } = 3;
    public string NegStrategy { get; init; } = "hard_negative";
    public int MaxAnswers { get; init; } = 5;
    public string LossType { get; init; } = "infonce";
    public double Temperature { get; init; } = 0.1;
    public double Margin { get; init; } = 0.2;
    public bool UseRanks { get; init; } = true;
    public bool UseScores { get; init; }
    public double RankWeight { get; init; } = 0.1;
    public double ScoreWeight { get; init; } = 0.05;
    public double HardNegativeWeight { get; init; } = 1.0;
    public int? ProjectionDim { get; init; }
    public string OutputDir { get; init; } = "runs/train";
    public string Model { get; init; } = "minilm-torch";
    public string? Negatives { get; init; }
    public double WarmupRatio { get; init; } = 0.1;
    public double MaxGradNorm { get; init; } = 1.0;
    public double WeightDecay { get; init; } = 0.01;
    public int MaxLength { get; init; } = 128;
    public int CacheChunkSize { get; init; }
    public IReadOnlyList<int>? MatryoshkaDims { get; init; }
    public string Curriculum { get; init; } = "none";
    public IReadOnlyList<int> CurriculumEpochs { get; init; } = [2, 3, 5];
    public IReadOnlyList<double> CurriculumThresholds { get; init; } = [0.3, 0.6, 1.0];
    public IReadOnlyDictionary<string, System.Text.Json.JsonElement>? LossParams { get; init; }
    public string Device { get; init; } = "cpu";

}
