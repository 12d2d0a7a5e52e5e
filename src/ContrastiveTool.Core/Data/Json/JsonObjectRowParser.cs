using System.Text.Json;

namespace ContrastiveTool.Core.Data.Json;

/// <summary>The common half of a row parser: bytes → one JSON object, or the right reject reason.</summary>
/// <remarks>Malformed and truncated JSON are told apart (<see cref="JsonFailure"/>); a row that is valid JSON but not
/// an object is rejected as <see cref="NotAnObject"/>. A subclass reads the object's fields and never throws.</remarks>
public abstract class JsonObjectRowParser<T> : IRowParser<T> where T : class
{
    /// <summary>The reject reason for a row that is JSON but not an object.</summary>
    public const string NotAnObject = "not an object";

    /// <inheritdoc/>
    public RowParseResult<T> Parse(RawRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(record.Bytes);
        }
        catch (JsonException exception)
        {
            return RowParseResult<T>.Fail(JsonFailure.Classify(record.Bytes.Span), JsonFailure.Describe(exception, record));
        }
        using (document)
        {
            var row = document.RootElement;
            return row.ValueKind == JsonValueKind.Object
                ? ParseObject(row, record)
                : RowParseResult<T>.Fail(NotAnObject, $"the row is a JSON {JsonFields.Describe(row.ValueKind)}, expected an object: {Expected}");
        }
    }

    /// <summary>The fields a row of this format has, for messages.</summary>
    protected abstract string Expected { get; }

    /// <summary>Reads one row that is a JSON object.</summary>
    protected abstract RowParseResult<T> ParseObject(JsonElement row, RawRecord record);

    protected static RowParseResult<T> Fail(string reason, string detail) => RowParseResult<T>.Fail(reason, detail);
}
