namespace ContrastiveTool.Core.Data.Json;

/// <summary>Splits JSON Lines into one record per non-blank physical line, streaming in fixed-size blocks.</summary>
/// <remarks>Memory is bounded by the block size plus the longest line. "\r\n" and "\n" both end a line;
/// a UTF-8 byte-order mark at the start is skipped; whitespace-only lines are counted in
/// <see cref="BlankLines"/>.</remarks>
public sealed class JsonLinesSplitter(Stream stream, int blockSize = 1 << 20) : IRawRecordSource
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
        int filled = 0;
        long line = 0;
        bool first = true;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (filled == buffer.Length)
                Array.Resize(ref buffer, buffer.Length * 2);
            int read = _stream.Read(buffer, filled, buffer.Length - filled);
            BytesRead += read;
            filled += read;
            int start = first ? ByteOrderMark.Length(buffer.AsSpan(0, filled)) : 0;
            first = false;
            int newline;
            while ((newline = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n')) >= 0)
            {
                line++;
                var record = MakeRecord(buffer.AsSpan(start, newline), line);
                start += newline + 1;
                if (record is not null)
                    yield return record;
            }
            if (read == 0)
            {
                if (start < filled)
                {
                    var last = MakeRecord(buffer.AsSpan(start, filled - start), ++line);
                    if (last is not null)
                        yield return last;
                }
                yield break;
            }
            buffer.AsSpan(start, filled - start).CopyTo(buffer);
            filled -= start;
        }
    }

    private RawRecord? MakeRecord(ReadOnlySpan<byte> content, long line)
    {
        if (content.Length > 0 && content[^1] == (byte)'\r')
            content = content[..^1];
        if (content.Trim(" \t\r"u8).IsEmpty)
        {
            BlankLines++;
            return null;
        }
        return new RawRecord(line, null, content.ToArray());
    }
}
