using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Losses;
using ContrastiveTool.Core.Models.Embeddings;
using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Core.Training.Config;
using ContrastiveTool.Core.Training.Curriculum;
using ContrastiveTool.Core.Transforms;
using ContrastiveTool.Core.Transforms.Mined;

namespace ContrastiveTool.Core.Training;

/// <summary>Everything a run needs before its first step, checked up front so a bad configuration fails before any training:
/// the split, the encoder, the loss, and every epoch's batches (a function of the seed, so a resume rebuilds them).</summary>
public sealed class TrainingSetup : IDisposable
{
    private TrainingSetup(TrainConfig config, DataSplit split, TorchSentenceEncoder encoder, IContrastiveLoss loss,
                          CurriculumPlan curriculum, IReadOnlyList<IReadOnlyList<TextBatch>> epochs)
    {
        (Config, Split, Encoder, Loss, Curriculum, Epochs) = (config, split, encoder, loss, curriculum, epochs);
        Evaluator = new HeldOutEvaluator(split.Test, new EncodeOptions(64, config.MaxLength));
    }

    public TrainConfig Config { get; }
    public DataSplit Split { get; }
    public TorchSentenceEncoder Encoder { get; }
    public IContrastiveLoss Loss { get; }
    public CurriculumPlan Curriculum { get; }

    /// <summary>Each epoch's batches, in training order.</summary>
    public IReadOnlyList<IReadOnlyList<TextBatch>> Epochs { get; }

    public HeldOutEvaluator Evaluator { get; }

    public int TotalSteps => Epochs.Sum(e => e.Count);

    /// <exception cref="UserInputException">The configuration can't train (names the key and the fix).</exception>
    public static TrainingSetup Create(TrainConfig config, ReadReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(report);
        var (transform, loss, curriculum) = Check(config);

        var items = new RankedQaReader().Read(config.DataPath!, report, cancellationToken).Take(config.Limit ?? int.MaxValue).ToList();
        var split = DataSplit.Create(items, config.TestSize, config.Seed);
        if (split.Train.Count < 2)
            throw new UserInputException($"the training split has {split.Train.Count} questions ({items.Count} read, test_size {config.TestSize}); it needs at least 2");
        var encoder = TrainableEncoder.Load(config.Model, config.ProjectionDim, config.Seed);
        try
        {
            var options = Options(config, split, encoder, cancellationToken);
            var epochs = Enumerable.Range(0, curriculum.Epochs).Select(e =>
            {
                var stage = curriculum.StageOf(e);
                var batches = EpochBatches.Build(split.Train, transform.Create(options with { Admits = stage.Admits }), config.BatchSize, config.Seed, e);
                return batches.Count > 0 ? batches : throw new UserInputException(
                    $"epoch {e + 1} (stage {stage.Name}: {stage.Rule}) has no batch of two or more rows; check batch_size, the data and the negatives");
            }).ToList();
            return new TrainingSetup(config, split, encoder, loss, curriculum, epochs);
        }
        catch
        {
            encoder.Dispose();
            throw;
        }
    }

    /// <summary>The checks that need no data and no model: device, transform, loss, their compatibility, negatives and
    /// curriculum rules, data_path set. <c>compare</c> runs them on every configuration before training any.</summary>
    /// <exception cref="UserInputException">The configuration can't train (names the key and the fix).</exception>
    public static (TransformDescriptor Transform, IContrastiveLoss Loss, CurriculumPlan Curriculum) Check(TrainConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        ComputeDevice.EnsureSupported(config.Device);
        var transform = TransformCatalog.Find(config.BatchTransform);
        var loss = TrainingLoss.Create(config);
        TransformCatalog.EnsureCompatible(loss.Name, loss.Accepts, transform);
        if ((config.Negatives is null) != (transform.Name != "mined"))
            throw new UserInputException(config.Negatives is null
                ? "batch_transform 'mined' needs negatives: a mine output, e.g. --negatives mined.jsonl"
                : "negatives is read by batch_transform 'mined' only; set --batch-transform mined or drop --negatives");
        if (config.Curriculum != "none" && transform.Name != "mined")
            throw new UserInputException($"curriculum '{config.Curriculum}' orders mined negatives; it needs batch_transform 'mined' and negatives");
        var curriculum = CurriculumPlan.Create(config.Curriculum, config.Epochs, config.CurriculumEpochs, config.CurriculumThresholds);
        if (config.DataPath is null)
            throw new UserInputException("data_path is not set: give a ranked-QA file, e.g. --data-path data/sample/ranked-qa.jsonl");
        return (transform, loss, curriculum);
    }

    private static TransformOptions Options(TrainConfig config, DataSplit split, TorchSentenceEncoder encoder, CancellationToken cancellationToken)
    {
        var options = new TransformOptions(config.TakeTop, config.PosCount, config.NegStrategy, config.MaxAnswers);
        if (config.Negatives is null)
            return options;
        var answers = MinedTransform.AnswersById(split.Train);
        var mined = MinedNegativesReader.Read(config.Negatives);
        if (config.Curriculum == "difficulty")
            mined = PositiveSimilarity.Fill(mined, split.Train, answers, encoder, new EncodeOptions(64, config.MaxLength), cancellationToken);
        return options with { Mined = mined, Answers = answers };
    }

    public void Dispose() => Encoder.Dispose();
}
