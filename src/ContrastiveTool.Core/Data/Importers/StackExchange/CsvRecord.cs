namespace ContrastiveTool.Core.Data.Importers.StackExchange;

/// <summary>One CSV record: its fields, the line it starts on and its text as in the file.</summary>
/// <param name="Line">1-based line where the record starts.</param>
/// <param name="Fields">The fields, quotes removed and doubled quotes undone.</param>
/// <param name="Raw">The record's text as in the file (without its line end).</param>
/// <param name="Error">Why the record is malformed (an unterminated quote, text after a closing quote); null when well-formed.</param>
public sealed record CsvRecord(long Line, IReadOnlyList<string> Fields, string Raw, string? Error = null);
