namespace ContrastiveTool.Core.Data.Json;

/// <summary>One record of an input file before parsing: its bytes and where it came from.</summary>
/// <param name="Line">1-based physical line where the record starts.</param>
/// <param name="Element">0-based index in a top-level JSON array; null for JSON Lines.</param>
/// <param name="Bytes">The record's UTF-8 bytes, without the line terminator.</param>
public sealed record RawRecord(long Line, long? Element, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>The record as text, invalid UTF-8 replaced, for rejects files and messages.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Bytes.Span);
}
