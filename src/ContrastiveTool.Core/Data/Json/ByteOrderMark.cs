namespace ContrastiveTool.Core.Data.Json;

/// <summary>The UTF-8 byte-order mark, which some editors put at the start of a file.</summary>
internal static class ByteOrderMark
{
    /// <summary>3 when <paramref name="start"/> begins with EF BB BF, else 0.</summary>
    public static int Length(ReadOnlySpan<byte> start) => start.StartsWith("\uFEFF"u8) ? 3 : 0;
}
