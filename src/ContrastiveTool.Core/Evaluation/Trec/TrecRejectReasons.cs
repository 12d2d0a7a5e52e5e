namespace ContrastiveTool.Core.Evaluation.Trec;

/// <summary>Why a qrels or run line was rejected (the fixed phrases rejects are counted by).</summary>
public static class TrecRejectReasons
{
    public const string FieldCount = "wrong number of fields";
    public const string BadRelevance = "bad relevance";
    public const string BadScore = "bad score";
    public const string DuplicateJudgment = "duplicate judgment";
    public const string DuplicateDocument = "duplicate document";
}
