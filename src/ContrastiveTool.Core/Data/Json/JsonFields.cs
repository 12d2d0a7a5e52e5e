using System.Globalization;
using System.Text.Json;

namespace ContrastiveTool.Core.Data.Json;

/// <summary>Reading fields of a parsed row leniently: texts trimmed, numbers from numbers or numeric strings.</summary>
public static class JsonFields
{
    /// <summary>The first of <paramref name="names"/> the object has (with a non-null value), or null.</summary>
    public static string? FirstPresent(JsonElement row, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
            if (row.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
                return name;
        return null;
    }

    /// <summary>Whether the object has <paramref name="name"/> with a non-null value.</summary>
    public static bool Has(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>The trimmed text of a string field; "" when missing, null or not a string.</summary>
    public static string Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";

    /// <summary>The texts of a field that is a string or a list of strings (trimmed, empties kept), or null when a value is neither.</summary>
    /// <remarks>A list item may also be an object with a <c>"text"</c> field (how synthetic negatives are written).</remarks>
    public static List<string>? Texts(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return [value.GetString()!.Trim()];
            case JsonValueKind.Array:
                var texts = new List<string>(value.GetArrayLength());
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                        texts.Add(item.GetString()!.Trim());
                    else if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                        texts.Add(text.GetString()!.Trim());
                    else
                        return null;
                }
                return texts;
            default:
                return null;
        }
    }

    /// <summary>A finite number from a JSON number or a numeric string.</summary>
    public static bool TryNumber(JsonElement value, out double number)
    {
        number = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDouble(out number) && double.IsFinite(number),
            JsonValueKind.String => double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number),
            _ => false,
        };
    }

    /// <summary>The value as it was written, shortened for messages.</summary>
    public static string Quote(JsonElement value)
    {
        string raw = value.GetRawText();
        return raw.Length <= 60 ? raw : raw[..57] + "...";
    }

    /// <summary>"string", "array", ... for messages.</summary>
    public static string Describe(JsonValueKind kind) => kind.ToString().ToLowerInvariant();
}
