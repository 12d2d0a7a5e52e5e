using System.Text.Json;

namespace ContrastiveTool.Core.Data.Json;

/// <summary>Tells a truncated JSON record (valid so far, cut off) from a malformed one.</summary>
public static class JsonFailure
{
    public const string Malformed = "malformed JSON";
    public const string Truncated = "truncated JSON";

    /// <summary>The reject reason for bytes that failed to parse.</summary>
    public static string Classify(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read()) { }
        }
        catch (JsonException)
        {
            return Malformed;
        }
        return reader.CurrentDepth > 0 || reader.BytesConsumed < bytes.Length ? Truncated : Malformed;
    }

    /// <summary>The parser's message without the positional noise meant for whole documents.</summary>
    public static string Describe(JsonException exception, RawRecord record)
    {
        string message = exception.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        long line = record.Line + (exception.LineNumber ?? 0);
        return $"{message.TrimEnd()} (line {line}, byte {exception.BytePositionInLine ?? 0} of that line)";
    }
}
