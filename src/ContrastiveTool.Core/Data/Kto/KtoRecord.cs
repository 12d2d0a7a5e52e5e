namespace ContrastiveTool.Core.Data.Kto;

/// <summary>One input row of a KTO file and the rows it yields (two for a pairwise row, 2k for a ranking row).</summary>
public sealed record KtoRecord(KtoRowForm Form, IReadOnlyList<KtoRow> Rows, long Line);
