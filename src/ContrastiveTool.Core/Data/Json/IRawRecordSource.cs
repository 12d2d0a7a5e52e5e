namespace ContrastiveTool.Core.Data.Json;

/// <summary>Splits an input stream into records without parsing them.</summary>
public interface IRawRecordSource
{
    /// <summary>Bytes consumed from the stream so far (for progress).</summary>
    long BytesRead { get; }

    /// <summary>Blank lines (JSON Lines) or empty slots skipped so far; counted, never parsed.</summary>
    long BlankLines { get; }

    /// <summary>The records in file order.</summary>
    IEnumerable<RawRecord> Records(CancellationToken cancellationToken);
}
