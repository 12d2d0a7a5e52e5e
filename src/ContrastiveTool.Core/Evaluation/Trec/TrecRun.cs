namespace ContrastiveTool.Core.Evaluation.Trec;

/// <summary>The lines of a run file: parallel lists of query number, document number and score (rank and tag dropped).</summary>
public sealed class TrecRun
{
    public List<int> Queries { get; } = [];
    public List<int> Documents { get; } = [];
    public List<double> Scores { get; } = [];

    public int Count => Queries.Count;
}
