namespace ContrastiveTool.Core.Evaluation.Trec;

/// <summary>The judgments of a qrels file: parallel lists of query number, document number and grade.</summary>
/// <remarks>Query and document numbers come from the <see cref="IdTable"/>s the reader was given.</remarks>
public sealed class TrecQrels
{
    public List<int> Queries { get; } = [];
    public List<int> Documents { get; } = [];
    public List<int> Grades { get; } = [];

    public int Count => Queries.Count;
}
