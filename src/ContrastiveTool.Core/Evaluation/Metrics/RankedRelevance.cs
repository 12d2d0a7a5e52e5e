using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>What every ranking metric needs, for many queries at once: the relevance grade at each retrieved
/// rank, how many relevant documents each query has, and its ideal (best possible) grades.</summary>
/// <remarks>
/// Grades is (Q, K): grade of the document at rank i (1-based i = column + 1); 0 for unjudged documents and for
/// ranks past the end of a shorter list. A grade ≥ <see cref="RelevantGrade"/> is relevant (trec_eval's default
/// level). RelevantCount is (Q): R, the judged relevant documents of the query, retrieved or not. IdealGrades is
/// (Q, K): all judged grades of the query, sorted descending, cut (or zero-padded) to K.
/// The tensors are float64 and owned by this object (dispose it).
/// </remarks>
public sealed class RankedRelevance : IDisposable
{
    /// <summary>The lowest grade that counts as relevant.</summary>
    public const double RelevantGrade = 1;

    public RankedRelevance(IReadOnlyList<string> queryIds, Tensor grades, Tensor relevantCount, Tensor idealGrades)
    {
        ArgumentNullException.ThrowIfNull(queryIds);
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentNullException.ThrowIfNull(relevantCount);
        ArgumentNullException.ThrowIfNull(idealGrades);
        if (grades.dim() != 2 || grades.shape[0] != queryIds.Count)
            throw new ArgumentException($"grades must be (Q={queryIds.Count}, K), got ({string.Join(", ", grades.shape)})", nameof(grades));
        if (!relevantCount.shape.SequenceEqual([grades.shape[0]]) || !idealGrades.shape.SequenceEqual(grades.shape))
            throw new ArgumentException("relevantCount must be (Q) and idealGrades (Q, K) like grades");
        QueryIds = queryIds;
        Grades = grades.to_type(ScalarType.Float64).DetachFromDisposeScope();                // (Q, K)
        RelevantCount = relevantCount.to_type(ScalarType.Float64).DetachFromDisposeScope();  // (Q)
        IdealGrades = idealGrades.to_type(ScalarType.Float64).DetachFromDisposeScope();      // (Q, K)
    }

    public IReadOnlyList<string> QueryIds { get; }

    /// <summary>(Q, K) grade at each rank.</summary>
    public Tensor Grades { get; }

    /// <summary>(Q) number of relevant judged documents, R.</summary>
    public Tensor RelevantCount { get; }

    /// <summary>(Q, K) the query's judged grades, best first.</summary>
    public Tensor IdealGrades { get; }

    /// <summary>Queries (rows).</summary>
    public int Count => QueryIds.Count;

    /// <summary>Ranks kept per query (columns).</summary>
    public int Depth => (int)Grades.shape[1];

    /// <summary>Rows for a query with one relevant document at 1-based <paramref name="ranks"/> (rank &gt; depth: not retrieved).</summary>
    /// <remarks>The shape of every single-positive evaluation (the seed's views, one relevant document per query).</remarks>
    public static RankedRelevance FromPositiveRanks(IReadOnlyList<string> queryIds, Tensor ranks, int depth)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        using var scope = NewDisposeScope();
        var positions = arange(1, depth + 1, ScalarType.Int64).unsqueeze(0);                  // (1, K)
        var grades = ranks.to_type(ScalarType.Int64).unsqueeze(1).eq(positions);              // (Q, K)
        var ideal = zeros(ranks.shape[0], depth, ScalarType.Float64);                         // (Q, K)
        ideal[TensorIndex.Colon, 0] = tensor(1.0);
        return new RankedRelevance(queryIds, grades, ones(ranks.shape[0], ScalarType.Float64), ideal);
    }

    public void Dispose()
    {
        Grades.Dispose();
        RelevantCount.Dispose();
        IdealGrades.Dispose();
    }
}
