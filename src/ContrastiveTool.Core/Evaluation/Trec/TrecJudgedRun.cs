using ContrastiveTool.Core.Evaluation.Metrics;

namespace ContrastiveTool.Core.Evaluation.Trec;

/// <summary>A run matched against its qrels: ranked relevance for the queries in both, and what did not match.</summary>
/// <param name="Ranked">One row per query present in both files, queries in ordinal order of their ids.</param>
/// <param name="RunQueriesWithoutJudgments">Queries of the run that the qrels never mention (ignored, as trec_eval).</param>
/// <param name="JudgedQueriesMissingFromRun">Queries of the qrels that the run has no line for (ignored, as trec_eval
/// without <c>-c</c>).</param>
public sealed record TrecJudgedRun(RankedRelevance Ranked, int RunQueriesWithoutJudgments, int JudgedQueriesMissingFromRun);
