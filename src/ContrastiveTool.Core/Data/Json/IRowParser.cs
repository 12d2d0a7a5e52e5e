namespace ContrastiveTool.Core.Data.Json;

/// <summary>Turns one raw record into a row of type <typeparamref name="T"/>; must be thread-safe and never throw on bad input.</summary>
public interface IRowParser<T> where T : class
{
    /// <summary>Parses <paramref name="record"/>; a bad row is a failed result, not an exception.</summary>
    RowParseResult<T> Parse(RawRecord record);
}
