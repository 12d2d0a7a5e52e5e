using ContrastiveTool.Core.Evaluation.Metrics;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Trec;

/// <summary>Orders a run as trec_eval does and looks every ranked document up in the qrels, all queries at once.</summary>
/// <remarks>
/// Per query: score descending, ties broken by document id descending (ordinal, trec_eval's <c>strcmp</c>); the run's rank
/// column plays no part. Three stable sorts (tie-break, score, query) give that order for the whole run; each line's
/// position within its query then places it in a (Q, K) matrix of document numbers, −1 where a list is shorter.
/// </remarks>
public static class TrecRanking
{
    /// <summary>Ranked relevance of <paramref name="run"/> against <paramref name="qrels"/>, both numbered by the same tables.</summary>
    /// <param name="qrels">The judgments.</param>
    /// <param name="run">The run's lines.</param>
    /// <param name="queries">The query numbering both were read with.</param>
    /// <param name="documents">The document numbering both were read with.</param>
    /// <param name="depth">Ranks to keep per query; null keeps the longest list whole.</param>
    public static TrecJudgedRun Judge(TrecQrels qrels, TrecRun run, IdTable queries, IdTable documents, int? depth)
    {
        ArgumentNullException.ThrowIfNull(qrels);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(documents);
        var inRun = new bool[queries.Count];
        var inQrels = new bool[queries.Count];
        foreach (int q in run.Queries) inRun[q] = true;
        foreach (int q in qrels.Queries) inQrels[q] = true;
        var rowIds = Enumerable.Range(0, queries.Count).Where(q => inRun[q] && inQrels[q])
            .OrderBy(q => queries.Names[q], StringComparer.Ordinal).ToArray();
        var rowOf = Enumerable.Repeat(-1L, queries.Count).ToArray();
        for (int row = 0; row < rowIds.Length; row++) rowOf[rowIds[row]] = row;
        int withoutJudgments = Enumerable.Range(0, queries.Count).Count(q => inRun[q] && !inQrels[q]);
        int missing = Enumerable.Range(0, queries.Count).Count(q => inQrels[q] && !inRun[q]);

        using var scope = NewDisposeScope();
        long rows = rowIds.Length, documentCount = Math.Max(1, documents.Count);
        var retrieved = RankedDocuments(run, rowOf, documents, rows, depth);                  // (Q, K)
        var qrelRows = tensor(qrels.Queries.Select(q => rowOf[q]).ToArray());                 // (P)
        var judged = qrelRows.ge(0);                                                          // (P)
        using var judgments = new Judgments(rows, documentCount, qrelRows[judged],
            tensor(qrels.Documents.Select(d => (long)d).ToArray())[judged], tensor(qrels.Grades.ToArray())[judged]);
        var ranked = judgments.Rank(rowIds.Select(q => queries.Names[q]).ToList(), retrieved);
        return new TrecJudgedRun(ranked, withoutJudgments, missing);
    }

    private static Tensor RankedDocuments(TrecRun run, long[] rowOf, IdTable documents, long rows, int? depth)
    {
        var lineRows = tensor(run.Queries.Select(q => rowOf[q]).ToArray());                  // (N)
        var kept = lineRows.ge(0);                                                            // (N)
        var row = lineRows[kept];                                                             // (N')
        var document = tensor(run.Documents.Select(d => (long)d).ToArray())[kept];           // (N')
        var score = tensor(run.Scores.ToArray())[kept];                                       // (N')
        var order = score.sort(0, descending: true, stable: true).Indices;                    // (N')
        order = order.index_select(0, row.index_select(0, order).sort(0, stable: true).Indices); // (N') query, score↓
        if (HasTies(row.index_select(0, order), score.index_select(0, order)))
        {   // only then is the document-id order needed: id↓ first, then score↓, then query (stable sorts)
            var tieBreak = tensor(documents.OrdinalRanks()).index_select(0, document);         // (N')
            order = tieBreak.sort(0, descending: true, stable: true).Indices;                // (N')
            order = order.index_select(0, score.index_select(0, order).sort(0, descending: true, stable: true).Indices);
            order = order.index_select(0, row.index_select(0, order).sort(0, stable: true).Indices); // (N') query, score↓, id↓
        }
        var sortedRows = row.index_select(0, order);                                          // (N')
        var position = Judgments.GroupPositions(sortedRows, rows);                            // (N')
        long longest = rows == 0 || position.shape[0] == 0 ? 1 : position.max().item<long>() + 1;
        long k = depth ?? longest;
        var retrieved = full(rows, k, -1L, ScalarType.Int64);                                 // (Q, K)
        var keep = position.lt(k);                                                            // (N')
        retrieved.index_put_(document.index_select(0, order)[keep], sortedRows[keep], position[keep]);
        return retrieved;
    }

    /// <summary>Whether two neighbours of the (query, score)-sorted lines share both.</summary>
    private static bool HasTies(Tensor rows, Tensor scores) => rows.shape[0] > 1 &&
        rows[1..].eq(rows[..^1]).logical_and(scores[1..].eq(scores[..^1])).any().item<bool>();
}
