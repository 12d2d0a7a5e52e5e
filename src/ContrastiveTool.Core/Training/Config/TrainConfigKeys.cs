using ContrastiveTool.Core.Transforms;

namespace ContrastiveTool.Core.Training.Config;

/// <summary>Every configuration key, one line each: the seed project's keys, then <c>model</c>, <c>negatives</c> and ours.</summary>
/// <remarks>Names of transforms and losses are checked when the run starts (against their catalogs); values here are checked
/// for type and range, so a bad value fails naming its key.</remarks>
public static class TrainConfigKeys
{
    public static IReadOnlyList<string> Curricula { get; } = ["none", "tier", "difficulty"];

    public static IReadOnlyList<TrainConfigKey> All { get; } =
    [
        new("name", "A label for the run (reports and summaries).", (c, v) => c with { Name = v.OptionalString() }),
        new("data_path", "Ranked-QA file (JSON Lines or a JSON array) to train and evaluate on.", (c, v) => c with { DataPath = v.String() }),
        new("limit", "Use only the first N questions of the file.", (c, v) => c with { Limit = v.OptionalInt(1) }),
        new("test_size", "Share of questions held out for evaluation, in [0, 1).", (c, v) => c with { TestSize = v.Double(0, 1, maxExclusive: true) }),
        new("seed", "Seeds the split, the data order, the transforms' choices, dropout and new weights.", (c, v) => c with { Seed = v.Long() }),
        new("batch_size", "Questions per batch (a transform may make several rows per question).", (c, v) => c with { BatchSize = v.Int(1) }),
        new("epochs", "Passes over the training split (a curriculum sets its own).", (c, v) => c with { Epochs = v.Int(1) }),
        new("learning_rate", "AdamW's peak learning rate.", (c, v) => c with { LearningRate = v.Double(0, 1) }),
        new("eval_steps", "Evaluate on the held-out split every N steps (0: only at the end).", (c, v) => c with { EvalSteps = v.Int(0) }),
        new("eval_at_zero", "Also evaluate before the first step.", (c, v) => c with { EvalAtZero = v.Bool() }),
        new("batch_transform", "How batches are built: " + string.Join(", ", TransformCatalog.All.Select(t => t.Name)) + ".",
            (c, v) => c with { BatchTransform = v.OneOf(TransformCatalog.All.Select(t => t.Name).ToList()) }),
        new("take_top", "infonce: the top answer (true) or a random one (false).", (c, v) => c with { TakeTop = v.Bool() }),
        new("pos_count", "multiple_positives: answers per question.", (c, v) => c with { PosCount = v.Int(1) }),
        new("neg_strategy", "triplet: hard_negative, in_batch or mixed.", (c, v) => c with { NegStrategy = v.OneOf(TripletTransform.Strategies) }),
        new("max_answers", "listwise: answers per question.", (c, v) => c with { MaxAnswers = v.Int(2) }),
        new("loss_type", "The loss (see `contrastive losses`).", (c, v) => c with { LossType = v.String() }),
        new("temperature", "τ of the InfoNCE family and listwise (mnr: scale = 1/τ).", (c, v) => c with { Temperature = v.Double(1e-6) }),
        new("margin", "Margin of the triplet losses.", (c, v) => c with { Margin = v.Double(0) }),
        new("use_ranks", "rank_infonce: weight positives by rank.", (c, v) => c with { UseRanks = v.Bool() }),
        new("use_scores", "rank_infonce: weight positives by score.", (c, v) => c with { UseScores = v.Bool() }),
        new("rank_weight", "rank_infonce: strength of the rank weighting.", (c, v) => c with { RankWeight = v.Double(0) }),
        new("score_weight", "rank_infonce: strength of the score weighting.", (c, v) => c with { ScoreWeight = v.Double(0) }),
        new("hard_negative_weight", "hard_neg_infonce: λ; relaxed_hard_neg: the hard negatives' target probability.",
            (c, v) => c with { HardNegativeWeight = v.Double(0) }),
        new("projection_dim", "Add a Linear head to this many dimensions (random init from seed); null keeps the model's.",
            (c, v) => c with { ProjectionDim = v.OptionalInt(1) }),
        new("output_dir", "Folder for metrics.jsonl, config.json, checkpoints and the final model.", (c, v) => c with { OutputDir = v.String() }),
        new("model", "Start from minilm-torch, tiny-transformer, bow or a checkpoint folder.", (c, v) => c with { Model = v.String() }),
        new("negatives", "A mine output (JSON Lines) for batch_transform mined.", (c, v) => c with { Negatives = v.OptionalString() }),
        new("warmup_ratio", "Share of the steps the learning rate warms up linearly over; then it decays linearly to 0.",
            (c, v) => c with { WarmupRatio = v.Double(0, 1) }),
        new("max_grad_norm", "Clip the gradients' global L2 norm to this (0: no clipping).", (c, v) => c with { MaxGradNorm = v.Double(0) }),
        new("weight_decay", "AdamW's decoupled weight decay.", (c, v) => c with { WeightDecay = v.Double(0) }),
        new("max_length", "Tokens per text, [CLS] and [SEP] included.", (c, v) => c with { MaxLength = v.Int(2) }),
        new("cache_chunk_size", "GradCache: embed the batch in chunks of N texts and back-propagate per chunk (0: off).",
            (c, v) => c with { CacheChunkSize = v.Int(0) }),
        new("matryoshka_dims", "Wrap the loss in matryoshka over these leading dimensions, e.g. [384, 128, 64].",
            (c, v) => c with { MatryoshkaDims = v.IsNull ? null : v.Ints(1) }),
        new("curriculum", "With mined negatives: none, tier (random → high similarity → all) or difficulty (s(a,n) − s(a,p) + 1 thresholds).",
            (c, v) => c with { Curriculum = v.OneOf(Curricula) }),
        new("curriculum_epochs", "Epochs per curriculum stage (easy, medium, hard).", (c, v) => c with { CurriculumEpochs = v.Ints(0) }),
        new("curriculum_thresholds", "Highest difficulty each stage admits.", (c, v) => c with { CurriculumThresholds = v.Doubles() }),
        new("loss_params", "Any other loss parameters, e.g. {\"symmetric\": true}.", (c, v) => c with { LossParams = v.Object() }),
        new("device", "cpu (this build has no CUDA).", (c, v) => c with { Device = v.String() }),
    ];

    /// <summary>The key called <paramref name="name"/>; unknown keys get "did you mean" and the list.</summary>
    public static TrainConfigKey Find(string name) => NameLookup.Find(All, k => k.Name, name, "config key");
}
