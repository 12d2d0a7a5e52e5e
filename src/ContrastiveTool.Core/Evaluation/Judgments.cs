using ContrastiveTool.Core.Evaluation.Metrics;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation;

/// <summary>Relevance judgments as tensors: (query, document, grade) triples, looked up for whole ranked lists at once.</summary>
/// <remarks>
/// Queries are rows 0..Q−1 and documents 0..D−1 (the caller's numbering). A pair not listed is unjudged, which counts as
/// non-relevant (grade 0), as in trec_eval. Negative grades count as 0. Each (query, document) pair at most once.
/// Lookup: the pairs sorted by key = query·D + document; a ranked list's keys are found with one searchsorted.
/// </remarks>
public sealed class Judgments : IDisposable
{
    private readonly Tensor _keys;    // (P) sorted query·D + document
    private readonly Tensor _grades;  // (P) grade of each key
    private readonly Tensor _queries; // (P) query of each key

    /// <param name="queryCount">Q, the number of query rows.</param>
    /// <param name="documentCount">D, the number of documents.</param>
    /// <param name="queries">(P) int64 query row of each judgment.</param>
    /// <param name="documents">(P) int64 document of each judgment.</param>
    /// <param name="grades">(P) grade of each judgment.</param>
    public Judgments(long queryCount, long documentCount, Tensor queries, Tensor documents, Tensor grades)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentOutOfRangeException.ThrowIfNegative(queryCount);
        ArgumentOutOfRangeException.ThrowIfNegative(documentCount);
        QueryCount = queryCount;
        DocumentCount = documentCount;
        using var scope = NewDisposeScope();
        var keys = queries.to_type(ScalarType.Int64) * documentCount + documents.to_type(ScalarType.Int64); // (P)
        var (sorted, order) = keys.sort();                                                   // (P), (P)
        _keys = sorted.DetachFromDisposeScope();
        _grades = grades.to_type(ScalarType.Float64).clamp_min(0).index_select(0, order).DetachFromDisposeScope(); // (P)
        _queries = queries.to_type(ScalarType.Int64).index_select(0, order).DetachFromDisposeScope();              // (P)
    }

    public long QueryCount { get; }

    public long DocumentCount { get; }

    /// <summary>(Q) float64: R, the relevant (grade ≥ 1) judged documents of each query.</summary>
    public Tensor RelevantCount()
    {
        using var scope = NewDisposeScope();
        var relevant = _grades.ge(RankedRelevance.RelevantGrade).to_type(ScalarType.Float64); // (P)
        return _queries.bincount(relevant, QueryCount).to_type(ScalarType.Float64).MoveToOuterDisposeScope(); // (Q)
    }

    /// <summary>(Q, depth) float64: each query's judged grades, best first, cut or zero-padded to <paramref name="depth"/>.</summary>
    public Tensor IdealGrades(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        using var scope = NewDisposeScope();
        var ideal = zeros(QueryCount, depth, ScalarType.Float64);                             // (Q, K)
        if (_grades.shape[0] == 0)
            return ideal.MoveToOuterDisposeScope();
        var byGrade = _grades.sort(0, descending: true, stable: true).Indices;                // (P)
        var byQuery = _queries.index_select(0, byGrade).sort(0, stable: true).Indices;       // (P)
        var order = byGrade.index_select(0, byQuery);                                         // (P) query asc, grade desc
        var query = _queries.index_select(0, order);                                          // (P)
        var position = GroupPositions(query, QueryCount);                                     // (P) 0-based within query
        var keep = position.lt(depth);                                                        // (P)
        ideal.index_put_(_grades.index_select(0, order)[keep], query[keep], position[keep]);
        return ideal.MoveToOuterDisposeScope();
    }

    /// <summary>(Q, K) float64 grades of ranked documents <paramref name="retrieved"/> (Q, K) int64; −1 marks an empty slot.</summary>
    public Tensor GradesOf(Tensor retrieved)
    {
        ArgumentNullException.ThrowIfNull(retrieved);
        using var scope = NewDisposeScope();
        if (_keys.shape[0] == 0)
            return zeros(retrieved.shape, ScalarType.Float64).MoveToOuterDisposeScope();
        var rows = arange(retrieved.shape[0], ScalarType.Int64).unsqueeze(1);                 // (Q, 1)
        var keys = rows * DocumentCount + retrieved.clamp_min(0);                             // (Q, K)
        var at = searchsorted(_keys, keys).clamp_max(_keys.shape[0] - 1);                    // (Q, K)
        var found = _keys[at].eq(keys).logical_and(retrieved.ge(0));                          // (Q, K)
        return where(found, _grades[at], zeros(1, ScalarType.Float64)).MoveToOuterDisposeScope(); // (Q, K)
    }

    /// <summary>Ranked relevance for ranked document lists <paramref name="retrieved"/> (Q, K), −1 for empty slots.</summary>
    public RankedRelevance Rank(IReadOnlyList<string> queryIds, Tensor retrieved)
    {
        ArgumentNullException.ThrowIfNull(queryIds);
        ArgumentNullException.ThrowIfNull(retrieved);
        using var scope = NewDisposeScope();
        return new RankedRelevance(queryIds, GradesOf(retrieved), RelevantCount(), IdealGrades((int)Math.Max(1, retrieved.shape[1])));
    }

    /// <summary>(N) 0-based position of each element within its group, for <paramref name="groups"/> (N) sorted ascending.</summary>
    internal static Tensor GroupPositions(Tensor groups, long groupCount)
    {
        var counts = groups.bincount(null, groupCount);                                       // (G)
        var starts = counts.cumsum(0) - counts;                                               // (G)
        return arange(groups.shape[0], ScalarType.Int64) - starts.index_select(0, groups);    // (N)
    }

    public void Dispose()
    {
        _keys.Dispose();
        _grades.Dispose();
        _queries.Dispose();
    }
}
