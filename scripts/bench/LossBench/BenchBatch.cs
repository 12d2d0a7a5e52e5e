using ContrastiveTool.Core.Losses;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Bench;

/// <summary>The benchmark batch: B rows in question groups of 1–4, d dimensions, K explicit negatives, lists of up to 4 answers,
/// the same shapes as scripts/losses/bench_losses_reference.py.</summary>
internal static class BenchBatch
{
    public const long Rows = 256, Dims = 384, Negatives = 7, ListSlots = 4;

    public static LossBatch Create(ulong seed)
    {
        var generator = new Generator(seed);
        var random = new Random((int)seed);
        Tensor Unit(params long[] shape) => normalize(torch.randn(shape, generator: generator), 2, -1);
        var ids = new long[Rows]; var ranks = new long[Rows]; var scores = new float[Rows];
        var groups = new List<List<int>>();
        for (int row = 0; row < Rows;)
        {
            int size = (int)Math.Min(random.Next(1, 5), Rows - row);
            var members = Enumerable.Range(row, size).ToList();
            for (int r = 0; r < size; r++) { ids[row + r] = groups.Count; ranks[row + r] = r; scores[row + r] = 40 - 10 * r + random.Next(5); }
            groups.Add(members);
            row += size;
        }
        var queries = Unit(Rows, Dims);
        var answers = normalize(queries + 0.9 * torch.randn(Rows, Dims, generator: generator), 2, -1);
        var listQueries = queries.index_select(0, torch.tensor(groups.Select(g => (long)g[0]).ToArray()));
        var listAnswers = Unit(groups.Count, ListSlots, Dims);
        var listScores = torch.zeros(groups.Count, ListSlots);
        var listMask = torch.zeros(groups.Count, ListSlots);
        for (int q = 0; q < groups.Count; q++)
            for (int slot = 0; slot < groups[q].Count; slot++)
            {
                listAnswers[q, slot] = answers[groups[q][slot]];
                listScores[q, slot] = torch.tensor(scores[groups[q][slot]] / 10);
                listMask[q, slot] = torch.tensor(1f);
            }
        return new LossBatch
        {
            Queries = queries, Answers = answers, Negatives = Unit(Rows, Negatives, Dims),
            QuestionIds = torch.tensor(ids), Ranks = torch.tensor(ranks), Scores = torch.tensor(scores),
            ListQueries = listQueries, ListAnswers = listAnswers, ListScores = listScores, ListMask = listMask,
            GuideQueries = Unit(Rows, Dims), GuideAnswers = Unit(Rows, Dims), GuideNegatives = Unit(Rows, Negatives, Dims),
            Teacher = Unit(Rows, Dims),
        };
    }

    /// <summary>The labels each loss family expects: similarity in [0, 1], 1/0, or a class index.</summary>
    public static Tensor LabelsFor(string loss, Generator generator) => loss switch
    {
        "contrastive" or "online_contrastive" => torch.rand(Rows, generator: generator).lt(0.5).to_type(ScalarType.Float32),
        "softmax" => torch.randint(0, 3, [Rows], generator: generator).to_type(ScalarType.Float32),
        _ => torch.rand(Rows, generator: generator),
    };
}
