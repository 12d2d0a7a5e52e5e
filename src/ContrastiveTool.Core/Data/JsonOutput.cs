using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContrastiveTool.Core.Data;

/// <summary>JSON settings for files people read: UTF-8 text (Arabic stays Arabic), no HTML escaping.</summary>
public static class JsonOutput
{
    /// <summary>Escapes only what JSON requires, so non-Latin text stays readable.</summary>
    public static JavaScriptEncoder ReadableEncoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Indented, camel-free (names as declared), readable encoder.</summary>
    public static JsonSerializerOptions Indented { get; } = new()
    {
        WriteIndented = true,
        Encoder = ReadableEncoder,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
