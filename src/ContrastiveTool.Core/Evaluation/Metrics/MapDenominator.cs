namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>What average precision at k divides by.</summary>
public enum MapDenominator
{
    /// <summary>R, all relevant documents of the query (trec_eval's <c>map_cut</c>).</summary>
    Relevant,

    /// <summary>min(k, R) (sentence-transformers' InformationRetrievalEvaluator): a perfect top k scores 1.</summary>
    MinK,
}
