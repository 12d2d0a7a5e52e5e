namespace ContrastiveTool.Core.Data.Json;

/// <summary>A parsed row, or why it could not be parsed.</summary>
public readonly record struct RowParseResult<T>(T? Value, string? Reason, string? Detail) where T : class
{
    public static RowParseResult<T> Ok(T value) => new(value, null, null);

    public static RowParseResult<T> Fail(string reason, string detail) => new(null, reason, detail);

    public bool IsOk => Value is not null;
}
