using ContrastiveTool.Core.Losses;
using CsCheck;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Losses;

/// <summary>Invariants every loss keeps: a finite value and finite gradients, and the same value when the batch's rows are permuted.</summary>
public sealed class LossPropertyTests
{
    private const long Rows = 6, Dims = 8, Negatives = 3;

    private static LossBatch RandomBatch(ulong seed, long[]? order = null)
    {
        var generator = new Generator(seed);
        Tensor Unit(params long[] shape) => nn.functional.normalize(torch.randn(shape, generator: generator), 2, -1);
        var batch = new LossBatch
        {
            Queries = Unit(Rows, Dims), Answers = Unit(Rows, Dims), Negatives = Unit(Rows, Negatives, Dims),
            QuestionIds = torch.tensor(new long[] { 0, 0, 1, 2, 2, 2 }),
            Ranks = torch.tensor(new long[] { 0, 1, 0, 0, 1, 2 }),
            Scores = torch.tensor(new float[] { 9, 3, 5, 7, 7, 1 }),
            Labels = torch.tensor(new float[] { 1, 0, 1, 0, 2, 1 }),
            ListQueries = Unit(Rows, Dims), ListAnswers = Unit(Rows, 4, Dims),
            ListScores = torch.randn(Rows, 4, generator: generator), ListMask = torch.ones(Rows, 4),
            GuideQueries = Unit(Rows, 5), GuideAnswers = Unit(Rows, 5), GuideNegatives = Unit(Rows, Negatives, 5),
            Teacher = Unit(Rows, Dims),
        };
        if (order is null)
            return batch;
        var index = torch.tensor(order);
        Tensor? P(Tensor? t) => t?.index_select(0, index);
        return batch with
        {
            Queries = P(batch.Queries), Answers = P(batch.Answers), Negatives = P(batch.Negatives),
            QuestionIds = P(batch.QuestionIds), Ranks = P(batch.Ranks), Scores = P(batch.Scores), Labels = P(batch.Labels),
            ListQueries = P(batch.ListQueries), ListAnswers = P(batch.ListAnswers), ListScores = P(batch.ListScores), ListMask = P(batch.ListMask),
            GuideQueries = P(batch.GuideQueries), GuideAnswers = P(batch.GuideAnswers), GuideNegatives = P(batch.GuideNegatives), Teacher = P(batch.Teacher),
        };
    }

    private static IContrastiveLoss Build(LossDescriptor descriptor) => descriptor.Name switch
    {
        "softmax" => new SoftmaxClassificationLoss(Dims),
        "matryoshka" => new MatryoshkaLoss(new InfoNceLoss(), [8, 4, 2]),
        _ => descriptor.Create(LossParameters.None),
    };

    public static TheoryData<string> Names() => new(LossCatalog.All.Select(d => d.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Compute_AnySeedAndRowOrder_IsFiniteAndPermutationInvariant(string name)
    {
        var descriptor = LossCatalog.Find(name);
        var loss = Build(descriptor);
        Gen.Select(Gen.ULong, Gen.Int.Array[(int)Rows].Select(keys => Enumerable.Range(0, (int)Rows).OrderBy(i => keys[i]).Select(i => (long)i).ToArray()))
            .Sample((seed, order) =>
            {
                using var scope = torch.NewDisposeScope();
                var batch = RandomBatch(seed);
                Tensor[] embeddings = [batch.Queries!, batch.Answers!, batch.Negatives!, batch.ListQueries!, batch.ListAnswers!];
                foreach (var embedding in embeddings) embedding.requires_grad_(true);
                var result = loss.Compute(batch);
                double value = result.Loss.item<float>();
                Assert.True(double.IsFinite(value), $"{name}: loss {value}");
                result.Loss.backward();
                Assert.Contains(embeddings, e => e.grad is not null);
                Assert.All(embeddings.Where(e => e.grad is not null), e => Assert.True(torch.isfinite(e.grad!).all().item<bool>(), $"{name}: non-finite gradient"));
                double permuted = loss.Compute(RandomBatch(seed, order)).Loss.item<float>();
                Assert.True(Math.Abs(value - permuted) <= 1e-4 * Math.Max(1, Math.Abs(value)), $"{name}: {value} vs {permuted} after permuting rows");
            }, iter: 20, seed: "0N0XIzNsQ0O2");
    }
}
