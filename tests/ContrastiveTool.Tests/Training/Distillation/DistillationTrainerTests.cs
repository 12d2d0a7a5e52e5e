using ContrastiveTool.Core;
using ContrastiveTool.Core.Models.Checkpoints;
using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Core.Training.Distillation;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Training.Distillation;

/// <summary>The distillation trainer on a tiny model (bow, 128 dims): it pulls the student towards the teacher's vectors,
/// is deterministic per seed, and writes a checkpoint that loads.</summary>
public sealed class DistillationTrainerTests
{
    private static readonly IReadOnlyList<ParallelPair> Pairs =
    [
        new("the book", "الكتاب"), new("the sky", "السماء"), new("the earth", "الارض"), new("the fire", "النار"),
        new("the water", "الماء"), new("the light", "النور"), new("the night", "الليل"), new("the day", "النهار"),
    ];

    private static readonly DistillationOptions Options = new(BatchSize: 4, Epochs: 6, LearningRate: 5e-2, MnrWeight: 0, MaxLength: 16, Seed: 7);

    /// <summary>One seeded random unit vector per pair: what the "teacher" says each source means.</summary>
    private static EmbeddingMatrix Teacher(int dimension)
    {
        var random = new Random(1);
        var values = new float[Pairs.Count * dimension];
        for (int row = 0; row < Pairs.Count; row++)
        {
            var vector = Enumerable.Range(0, dimension).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
            float norm = MathF.Sqrt(vector.Sum(v => v * v));
            for (int i = 0; i < dimension; i++)
                values[row * dimension + i] = vector[i] / norm;
        }
        return new EmbeddingMatrix(values, Pairs.Count, dimension);
    }

    private static double MeanSquaredDistance(ITextEncoder student, EmbeddingMatrix teacher)
    {
        var options = new EncodeOptions(8, 16);
        var sources = EmbeddingRunner.Encode(student, Pairs.Select(p => p.Source).ToList(), options);
        var translations = EmbeddingRunner.Encode(student, Pairs.Select(p => p.Translation).ToList(), options);
        double sum = 0;
        for (int i = 0; i < teacher.Values.Length; i++)
            sum += Math.Pow(sources.Values[i] - teacher.Values[i], 2) + Math.Pow(translations.Values[i] - teacher.Values[i], 2);
        return sum / (2 * Pairs.Count);
    }

    [Fact]
    public void Run_TinyModel_LowersTheDistanceToTheTeacher()
    {
        using var folder = new TempFolder();
        using var student = (TorchSentenceEncoder)EncoderCatalog.Load("bow", seed: 3);
        var teacher = Teacher(student.Dimension);
        double before = MeanSquaredDistance(student, teacher);

        var result = new DistillationTrainer().Run(student, Pairs, teacher, Options, folder.Path);

        Assert.Equal(12, result.Steps);                                            // 8 pairs / 4 per batch × 6 epochs
        Assert.Equal(12, File.ReadAllLines(result.MetricsFile).Length);
        double after = MeanSquaredDistance(student, teacher);
        Assert.True(after < before * 0.8, $"distance {before:F4} → {after:F4}");
        Assert.True(result.LastLoss < result.FirstLoss, $"loss {result.FirstLoss:F4} → {result.LastLoss:F4}");
        using var saved = EncoderCheckpoint.Load(result.ModelFolder);
        Assert.Equal(after, MeanSquaredDistance(saved, teacher), 5);
    }

    [Fact]
    public void Run_SameSeedTwice_SameLogAndWeights()
    {
        using var folder = new TempFolder();
        string Run(string name)
        {
            using var student = (TorchSentenceEncoder)EncoderCatalog.Load("bow", seed: 3);
            var result = new DistillationTrainer().Run(student, Pairs, Teacher(student.Dimension), Options with { Epochs = 2, MnrWeight = 1 }, folder.File(name));
            return File.ReadAllText(result.MetricsFile) + Convert.ToBase64String(File.ReadAllBytes(Path.Combine(result.ModelFolder, EncoderCheckpoint.WeightsFile)));
        }
        Assert.Equal(Run("a"), Run("b"));
    }

    [Fact]
    public void Run_TeacherOfAnotherDimension_IsAUserErrorNamingBoth()
    {
        using var folder = new TempFolder();
        using var student = (TorchSentenceEncoder)EncoderCatalog.Load("bow", seed: 3);
        var error = Assert.Throws<UserInputException>(() => new DistillationTrainer().Run(student, Pairs, Teacher(384), Options, folder.Path));
        Assert.Contains("384 dimensions, the student's 128", error.Message);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "model")));
    }

    [Fact]
    public void Run_Cancelled_WritesNoCheckpoint()
    {
        using var folder = new TempFolder();
        using var student = (TorchSentenceEncoder)EncoderCatalog.Load("bow", seed: 3);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            new DistillationTrainer().Run(student, Pairs, Teacher(student.Dimension), Options, folder.Path, cancellationToken: cancel.Token));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "model")));
    }

    [Theory]
    [InlineData(1, 1, 1e-4, "batch size must be at least 2")]
    [InlineData(4, 0, 1e-4, "epochs must be at least 1")]
    [InlineData(4, 1, 0.0, "learning rate must be > 0")]
    public void Validate_BadOption_SaysWhichAndWhat(int batchSize, int epochs, double learningRate, string message)
    {
        var error = Assert.Throws<UserInputException>(() => new DistillationOptions(batchSize, epochs, learningRate).Validate());
        Assert.StartsWith(message, error.Message);
    }

    [Theory]
    [InlineData("the book", "الكتاب", "the book|الكتاب")]
    [InlineData("الكتاب", "the book", "the book|الكتاب")]
    [InlineData("book", "livre", null)]
    [InlineData("كتاب", "الكتاب", null)]
    public void Oriented_EitherOrder_TranslationIsTheArabicSide(string first, string second, string? expected)
    {
        var pair = ParallelPair.Oriented(first, second, ContrastiveTool.Core.Models.Tokenization.ArabicNormalizer.ContainsArabic);
        Assert.Equal(expected, pair is null ? null : $"{pair.Source}|{pair.Translation}");
    }
}
