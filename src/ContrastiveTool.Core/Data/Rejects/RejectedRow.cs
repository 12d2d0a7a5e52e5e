namespace ContrastiveTool.Core.Data.Rejects;

/// <summary>A row a reader could not use, with where it was and why.</summary>
/// <param name="Line">1-based physical line where the row starts.</param>
/// <param name="Element">0-based index in a top-level JSON array; null for JSON Lines.</param>
/// <param name="Reason">A short fixed phrase, the key rejects are counted by (e.g. "missing score").</param>
/// <param name="Detail">What exactly was wrong, for a person fixing the row.</param>
/// <param name="Raw">The row as it was in the file.</param>
public sealed record RejectedRow(long Line, long? Element, string Reason, string Detail, string Raw);
