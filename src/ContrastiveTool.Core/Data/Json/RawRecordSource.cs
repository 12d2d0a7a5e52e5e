namespace ContrastiveTool.Core.Data.Json;

/// <summary>Chooses how to split a file: one JSON array, or JSON Lines.</summary>
public static class RawRecordSource
{
    /// <summary>A JSON array splitter when the first non-blank byte is '[', else a JSON Lines splitter.</summary>
    /// <remarks>The stream must be seekable (a file); the peeked bytes are re-read.</remarks>
    public static IRawRecordSource Open(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
            throw new ArgumentException("the stream must be seekable to detect its format", nameof(stream));
        long origin = stream.Position;
        Span<byte> peek = stackalloc byte[4096];
        int read = stream.ReadAtLeast(peek, peek.Length, throwOnEndOfStream: false);
        stream.Position = origin;
        var content = peek[..read];
        content = content[ByteOrderMark.Length(content)..].TrimStart(" \t\r\n"u8);
        return !content.IsEmpty && content[0] == (byte)'['
            ? new JsonArraySplitter(stream)
            : new JsonLinesSplitter(stream);
    }
}
