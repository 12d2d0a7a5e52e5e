using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Losses;

/// <summary>Base of every loss: a TorchSharp module whose <see cref="Compute"/> validates inputs, opens one
/// dispose scope and turns metric tensors into numbers; a subclass writes only the math.</summary>
public abstract class ContrastiveLoss(string name) : nn.Module(name), IContrastiveLoss
{
    /// <inheritdoc/>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public abstract BatchKind Accepts { get; }

    /// <inheritdoc/>
    public LossResult Compute(LossBatch batch, bool withMetrics = true)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var scope = torch.NewDisposeScope();
        var metrics = new LossMetrics(withMetrics);
        var loss = ComputeLoss(batch, metrics);
        double[] values;
        using (torch.no_grad())
        {
            // The loss and every metric cross to .NET in one copy: per-call overhead matters for the small losses.
            values = metrics.Values.Count == 0
                ? [loss.item<float>()]
                : torch.cat(metrics.Values.Values.Prepend(loss).Select(t => t.detach().to_type(ScalarType.Float64).reshape(1)).ToArray())
                       .data<double>().ToArray();                                            // (1 + metrics)
        }
        if (!double.IsFinite(values[0]))
            throw NonFiniteLoss(batch, values[0]);
        var named = new Dictionary<string, double>(metrics.Values.Count);
        int index = 1;
        foreach (string metric in metrics.Values.Keys)
            named[metric] = values[index++];
        return new LossResult(loss.MoveToOuterDisposeScope(), named);
    }

    // Inputs are checked only when the loss comes out NaN or infinite, so a healthy batch pays nothing for it.
    private LossInputException NonFiniteLoss(LossBatch batch, double value)
    {
        var bad = batch.Present().Where(i => i.Tensor.is_floating_point() && !torch.isfinite(i.Tensor).all().item<bool>())
                             .Select(i => i.Name).ToList();
        return bad.Count > 0
            ? new LossInputException($"loss '{Name}': {string.Join(", ", bad)} contain NaN or infinite values (check the encoder's output and the learning rate)")
            : new LossInputException($"loss '{Name}' came out {value} on finite inputs; lower the learning rate or raise the temperature");
    }

    /// <summary>The loss on <paramref name="batch"/>; adds its batch metrics (scalar tensors) to <paramref name="metrics"/>.</summary>
    protected abstract Tensor ComputeLoss(LossBatch batch, LossMetrics metrics);

    /// <summary>Returns <paramref name="tensor"/> after checking it is present and has <paramref name="dims"/>
    /// dimensions; otherwise a message naming the loss and how to fix it. (Finiteness is checked on the loss.)</summary>
    protected Tensor Require(Tensor? tensor, string input, int dims)
    {
        if (tensor is null)
            throw new LossInputException($"loss '{Name}' needs {input}; it accepts batches of kind {Accepts}. Use a transform that produces one.");
        if (tensor.dim() != dims)
            throw new LossInputException($"loss '{Name}': {input} must have {dims} dimensions, got shape [{string.Join(", ", tensor.shape)}]");
        return tensor;
    }

    /// <summary>Checks that two inputs have the same shape.</summary>
    protected void RequireSameShape(Tensor a, string aName, Tensor b, string bName)
    {
        if (!a.shape.SequenceEqual(b.shape))
            throw new LossInputException($"loss '{Name}': {aName} [{string.Join(", ", a.shape)}] and {bName} [{string.Join(", ", b.shape)}] must have the same shape");
    }

    /// <summary>Checks that <paramref name="tensor"/> has one row per batch row.</summary>
    protected void RequireRows(Tensor tensor, string input, long rows)
    {
        if (tensor.shape[0] != rows)
            throw new LossInputException($"loss '{Name}': {input} has {tensor.shape[0]} rows, the batch has {rows}");
    }

    /// <summary>Checks the batch has at least two rows: a contrastive loss needs something to contrast with.</summary>
    protected void RequireAtLeastTwoRows(long rows)
    {
        if (rows < 2)
            throw new LossInputException($"loss '{Name}' needs a batch of at least 2 rows, got {rows}; raise the batch size");
    }

    /// <summary>Queries and answers (B,d) of the same shape, at least two rows.</summary>
    protected (Tensor Queries, Tensor Answers) RequirePairs(LossBatch batch)
    {
        var queries = Require(batch.Queries, "queries (B,d)", 2);
        var answers = Require(batch.Answers, "answers (B,d)", 2);
        RequireSameShape(queries, "queries", answers, "answers");
        RequireAtLeastTwoRows(queries.shape[0]);
        return (queries, answers);
    }

    /// <summary>cos(q_i, a_i) (B) with the pair labels (B): given, or derived from scores within each question.</summary>
    protected (Tensor Cosine, Tensor Labels) RequireLabelledCosines(LossBatch batch)
    {
        var (queries, answers) = RequirePairs(batch);
        var labels = PairLabels.Resolve(batch, Name);                      // (B)
        RequireRows(labels, "labels", queries.shape[0]);
        return (PairSimilarity.Cosine(queries, answers), labels);                            // (B), (B)
    }

    /// <summary>Explicit negatives (B,K,d) matching the queries.</summary>
    protected Tensor RequireNegatives(LossBatch batch, Tensor queries)
    {
        var negatives = Require(batch.Negatives, "negatives (B,K,d)", 3);
        if (negatives.shape[0] != queries.shape[0] || negatives.shape[2] != queries.shape[1])
            throw new LossInputException($"loss '{Name}': negatives [{string.Join(", ", negatives.shape)}] must be (B,K,d) with B = {queries.shape[0]}, d = {queries.shape[1]}");
        return negatives;
    }

    /// <summary>Question ids (B); without them every row is its own question.</summary>
    protected Tensor QuestionIdsOrRows(LossBatch batch, long rows)
    {
        if (batch.QuestionIds is null)
            return torch.arange(rows, ScalarType.Int64);
        var ids = Require(batch.QuestionIds, "question_ids (B)", 1);
        RequireRows(ids, "question_ids", rows);
        return ids;
    }

    protected static void RequirePositive(double value, string parameter)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new LossInputException($"{parameter} must be > 0, got {value}");
    }
}
