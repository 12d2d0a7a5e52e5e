namespace ContrastiveTool.Core.Data.Json;

/// <summary>Splits one top-level JSON array into its elements without parsing them, streaming.</summary>
/// <remarks>A byte scanner tracks strings, escapes and nesting depth, so a malformed element is cut out
/// on its own and the elements after it are still read. Each record carries the element's 0-based
/// index and the line it starts on. An element still open at the end of the file becomes a record
/// too (its parser reports it as truncated); content after the closing bracket becomes one record.
/// Memory is bounded by the block size plus the largest element.</remarks>
public sealed class JsonArraySplitter(Stream stream, int blockSize = 1 << 20) : IRawRecordSource
{
    private readonly Stream _stream = stream ?? throw new ArgumentNullException(nameof(stream));

    /// <inheritdoc/>
    public long BytesRead { get; private set; }

    /// <inheritdoc/>
    public long BlankLines { get; private set; }

    /// <inheritdoc/>
    public IEnumerable<RawRecord> Records(CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Max(blockSize, 16)];
        int filled = 0, position = 0, elementStart = -1;
        long line = 1, elementLine = 0, element = 0;
        int depth = 0;                      // 0 before '[', 1 inside the array, more inside an element
        bool inString = false, escaped = false, closed = false, first = true;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int keep = elementStart >= 0 ? elementStart : position;
            if (keep > 0)
            {
                buffer.AsSpan(keep, filled - keep).CopyTo(buffer);
                filled -= keep; position -= keep;
                if (elementStart >= 0) elementStart -= keep;
            }
            if (filled == buffer.Length)
                Array.Resize(ref buffer, buffer.Length * 2);
            int read = _stream.Read(buffer, filled, buffer.Length - filled);
            BytesRead += read;
            filled += read;
            if (first)
            {
                position = ByteOrderMark.Length(buffer.AsSpan(0, filled));
                first = false;
            }
            if (read == 0)
            {
                if (elementStart >= 0 && !IsBlank(buffer.AsSpan(elementStart, filled - elementStart)))
                    yield return Record(buffer.AsSpan(elementStart, filled - elementStart), elementLine, closed ? null : element);
                yield break;
            }
            for (; position < filled; position++)
            {
                byte b = buffer[position];
                if (b == (byte)'\n') line++;
                if (closed)
                {
                    if (elementStart < 0 && !IsWhitespace(b)) { elementStart = position; elementLine = line; }
                    continue;
                }
                if (inString)
                {
                    if (escaped) escaped = false;
                    else if (b == (byte)'\\') escaped = true;
                    else if (b == (byte)'"') inString = false;
                    continue;
                }
                if (depth == 0)
                {
                    if (b == (byte)'[') depth = 1;
                    continue;
                }
                if (depth == 1 && (b == (byte)',' || b == (byte)']'))
                {
                    if (elementStart >= 0)
                    {
                        yield return Record(buffer.AsSpan(elementStart, position - elementStart), elementLine, element);
                        element++;
                        elementStart = -1;
                    }
                    else if (b == (byte)',')
                        BlankLines++;
                    if (b == (byte)']') closed = true;
                    continue;
                }
                if (elementStart < 0)
                {
                    if (IsWhitespace(b)) continue;
                    elementStart = position;
                    elementLine = line;
                }
                if (b == (byte)'"') inString = true;
                else if (b == (byte)'{' || b == (byte)'[') depth++;
                else if ((b == (byte)'}' || b == (byte)']') && depth > 1) depth--;
            }
        }
    }

    private static RawRecord Record(ReadOnlySpan<byte> bytes, long line, long? element) =>
        new(line, element, bytes.TrimEnd(" \t\r\n"u8).ToArray());

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.Trim(" \t\r\n"u8).IsEmpty;
}
