namespace ContrastiveTool.Core.Data.Conversion;

/// <summary>What a conversion wrote (the rows read and rejected are in the run's read report).</summary>
/// <param name="RowsOut">Lines written to the output.</param>
/// <param name="Skipped">Good input rows or groups that yield no output row, by reason (e.g. "neutral NLI pairs",
/// "questions with one answer"); counted, never silently dropped.</param>
/// <param name="Labels">For KTO output: good and bad rows before and after balancing.</param>
public sealed record ConversionSummary(long RowsOut, IReadOnlyDictionary<string, long> Skipped, LabelCounts? Labels = null);
