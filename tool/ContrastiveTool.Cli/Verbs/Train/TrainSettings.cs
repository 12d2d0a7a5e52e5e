using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Train;

/// <summary>train's options: the run's own (<c>--config</c>, <c>--preset</c>, <c>--resume</c>, output), then one flag per config
/// key (<c>--batch-size</c> for <c>batch_size</c>) that overrides the preset and the file.</summary>
public sealed class TrainSettings : CommandSettings
{
    [CommandOption("-c|--config <FILE>")]
    [Description("A JSON object of config keys (the seed project's names: data_path, batch_size, loss_type, ...). Flags override it.")]
    public string? Config { get; init; }

    [CommandOption("-p|--preset <NAME>")]
    [Description("Start from a named configuration: infonce_standard, infonce_random, multiple_positives_rank, multiple_positives_score, hard_negative, triplet_hard_neg, listwise.")]
    public string? Preset { get; init; }

    [CommandOption("--resume <CHECKPOINT>")]
    [Description("Continue a run from its checkpoint folder (checkpoint-epoch-N, checkpoint-step-N) or `latest` under --output-dir; the saved configuration applies.")]
    public string? Resume { get; init; }

    [CommandOption("--max-reject-ratio <RATIO>")]
    [Description("Fail (exit 1) when more than this share of the data file's rows is rejected.")]
    [DefaultValue(0.0)]
    public double MaxRejectRatio { get; init; }

    [CommandOption("--json")]
    [Description("Print the result as one JSON object.")]
    public bool Json { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("No progress bar (summary lines only).")]
    public bool Quiet { get; init; }

    [CommandOption("--name <NAME>")]
    [Description("A label for the run.")]
    public string? Name { get; init; }

    [CommandOption("--data-path <FILE>")]
    [Description("Ranked-QA file (JSON Lines or a JSON array) to train and evaluate on.")]
    public string? DataPath { get; init; }

    [CommandOption("--limit <N>")]
    [Description("Use only the first N questions.")]
    public string? Limit { get; init; }

    [CommandOption("--test-size <RATIO>")]
    [Description("Share of questions held out for evaluation, in [[0, 1). Default 0.2.")]
    public string? TestSize { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Seeds the split, data order, transforms, dropout and new weights. Default 42.")]
    public string? Seed { get; init; }

    [CommandOption("--batch-size <N>")]
    [Description("Questions per batch. Default 16.")]
    public string? BatchSize { get; init; }

    [CommandOption("--epochs <N>")]
    [Description("Passes over the training split (a curriculum sets its own). Default 1.")]
    public string? Epochs { get; init; }

    [CommandOption("--learning-rate <LR>")]
    [Description("AdamW's peak learning rate. Default 2e-5.")]
    public string? LearningRate { get; init; }

    [CommandOption("--eval-steps <N>")]
    [Description("Evaluate on the held-out split every N steps (0: only at the end). Default 0.")]
    public string? EvalSteps { get; init; }

    [CommandOption("--eval-at-zero <BOOL>")]
    [Description("Also evaluate before the first step (true/false). Default false.")]
    public string? EvalAtZero { get; init; }

    [CommandOption("--batch-transform <NAME>")]
    [Description("infonce, multiple_positives, hard_negative, triplet, listwise or mined. Default infonce.")]
    public string? BatchTransform { get; init; }

    [CommandOption("--take-top <BOOL>")]
    [Description("infonce: the top answer (true) or a random one. Default true.")]
    public string? TakeTop { get; init; }

    [CommandOption("--pos-count <N>")]
    [Description("multiple_positives: answers per question. Default 3.")]
    public string? PosCount { get; init; }

    [CommandOption("--neg-strategy <NAME>")]
    [Description("triplet: hard_negative, in_batch or mixed. Default hard_negative.")]
    public string? NegStrategy { get; init; }

    [CommandOption("--max-answers <N>")]
    [Description("listwise: answers per question. Default 5.")]
    public string? MaxAnswers { get; init; }

    [CommandOption("--loss-type <NAME>")]
    [Description("The loss (see `contrastive losses`). Default infonce.")]
    public string? LossType { get; init; }

    [CommandOption("--temperature <T>")]
    [Description("τ of the InfoNCE family and listwise (mnr: scale = 1/τ). Default 0.1.")]
    public string? Temperature { get; init; }

    [CommandOption("--margin <M>")]
    [Description("Margin of the triplet losses. Default 0.2.")]
    public string? Margin { get; init; }

    [CommandOption("--use-ranks <BOOL>")]
    [Description("rank_infonce: weight positives by rank. Default true.")]
    public string? UseRanks { get; init; }

    [CommandOption("--use-scores <BOOL>")]
    [Description("rank_infonce: weight positives by score. Default false.")]
    public string? UseScores { get; init; }

    [CommandOption("--rank-weight <W>")]
    [Description("rank_infonce: rank weighting strength. Default 0.1.")]
    public string? RankWeight { get; init; }

    [CommandOption("--score-weight <W>")]
    [Description("rank_infonce: score weighting strength. Default 0.05.")]
    public string? ScoreWeight { get; init; }

    [CommandOption("--hard-negative-weight <W>")]
    [Description("hard_neg_infonce: λ; relaxed_hard_neg: target probability of hard negatives. Default 1.")]
    public string? HardNegativeWeight { get; init; }

    [CommandOption("--projection-dim <N>")]
    [Description("Add a Linear head to N dimensions (random init from --seed). Default: none.")]
    public string? ProjectionDim { get; init; }

    [CommandOption("--output-dir <DIR>")]
    [Description("Where metrics.jsonl, checkpoints and the final model go. Default runs/train.")]
    public string? OutputDir { get; init; }

    [CommandOption("--model <NAME>")]
    [Description("Start from minilm-torch, tiny-transformer, bow or a checkpoint folder. Default minilm-torch.")]
    public string? Model { get; init; }

    [CommandOption("--negatives <FILE>")]
    [Description("A mine output (JSON Lines) for --batch-transform mined.")]
    public string? Negatives { get; init; }

    [CommandOption("--warmup-ratio <RATIO>")]
    [Description("Share of steps for linear warm-up; then linear decay to 0. Default 0.1.")]
    public string? WarmupRatio { get; init; }

    [CommandOption("--max-grad-norm <N>")]
    [Description("Clip the gradients' global L2 norm (0: off). Default 1.")]
    public string? MaxGradNorm { get; init; }

    [CommandOption("--weight-decay <W>")]
    [Description("AdamW weight decay. Default 0.01.")]
    public string? WeightDecay { get; init; }

    [CommandOption("--max-length <N>")]
    [Description("Tokens per text. Default 128.")]
    public string? MaxLength { get; init; }

    [CommandOption("--cache-chunk-size <N>")]
    [Description("GradCache: embed in chunks of N texts, back-propagate per chunk (0: off). Default 0.")]
    public string? CacheChunkSize { get; init; }

    [CommandOption("--matryoshka-dims <LIST>")]
    [Description("Wrap the loss in matryoshka over these dims, e.g. [[384,128,64]].")]
    public string? MatryoshkaDims { get; init; }

    [CommandOption("--curriculum <NAME>")]
    [Description("With mined negatives: none, tier or difficulty. Default none.")]
    public string? Curriculum { get; init; }

    [CommandOption("--curriculum-epochs <LIST>")]
    [Description("Epochs per curriculum stage. Default [[2,3,5]].")]
    public string? CurriculumEpochs { get; init; }

    [CommandOption("--curriculum-thresholds <LIST>")]
    [Description("Highest difficulty per stage. Default [[0.3,0.6,1.0]].")]
    public string? CurriculumThresholds { get; init; }

    [CommandOption("--loss-params <JSON>")]
    [Description("Other loss parameters as a JSON object, e.g. {\"symmetric\":true}.")]
    public string? LossParams { get; init; }

    [CommandOption("--device <DEVICE>")]
    [Description("cpu (this build has no CUDA). Default cpu.")]
    public string? Device { get; init; }

    /// <summary>The config keys given as flags, as (key, raw text), in declaration order.</summary>
    public IReadOnlyList<(string Key, string Text)> KeyFlags() => ConfigKeyFlags.Of(this, nameof(Config), nameof(Preset), nameof(Resume));

    public override ValidationResult Validate()
    {
        if (MaxRejectRatio is < 0 or > 1 || double.IsNaN(MaxRejectRatio))
            return ValidationResult.Error($"--max-reject-ratio must be between 0 and 1, got {MaxRejectRatio}");
        if (Config is null && Preset is null && Resume is null && DataPath is null)
            return ValidationResult.Error("say what to train: --config cfg.json, --preset NAME with --data-path FILE, or --resume CHECKPOINT");
        return ValidationResult.Success();
    }
}
