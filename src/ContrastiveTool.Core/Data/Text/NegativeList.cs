using System.Text.Json;
using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Text;

/// <summary>Gathers a row's negatives from several fields: each a string or a list of strings, in any mix.</summary>
/// <remarks>Texts are trimmed, empties dropped and duplicates removed in order (the first copy stays, as written). Two
/// texts that differ only in whitespace (at the ends, or runs of spaces, tabs and newlines inside) are the same negative;
/// case differences are kept.</remarks>
public static class NegativeList
{
    /// <summary>The negatives of <paramref name="row"/> from <paramref name="fields"/> (in that order), or null with
    /// the offending field in <paramref name="badField"/> when a field is neither text nor a list of texts.</summary>
    public static List<string>? Gather(JsonElement row, IEnumerable<string> fields, out string? badField)
    {
        ArgumentNullException.ThrowIfNull(fields);
        badField = null;
        var gathered = new List<string>();
        foreach (var field in fields)
        {
            if (!row.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
                continue;
            var texts = JsonFields.Texts(value);
            if (texts is null)
            {
                badField = field;
                return null;
            }
            gathered.AddRange(texts);
        }
        return Distinct(gathered);
    }

    /// <summary>Non-empty texts, trimmed, first copy of each kept (copies compared by <see cref="Key"/>).</summary>
    public static List<string> Distinct(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var text in texts)
        {
            string trimmed = text.Trim();
            if (trimmed.Length > 0 && seen.Add(Key(trimmed)))
                kept.Add(trimmed);
        }
        return kept;
    }

    /// <summary>The text with every run of whitespace made one space and the ends trimmed: what duplicates are compared by.</summary>
    public static string Key(string text) => string.Join(' ', WordSets.Words(text));

    /// <summary>The <c>negative_1</c>, <c>negative_2</c>, ... fields of a row (sentence-transformers columns), in number order.</summary>
    public static IEnumerable<string> NumberedFields(JsonElement row, string prefix = "negative_")
    {
        var numbered = new List<(int Number, string Name)>();
        foreach (var property in row.EnumerateObject())
            if (property.Name.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(property.Name.AsSpan(prefix.Length), out int n))
                numbered.Add((n, property.Name));
        return numbered.OrderBy(f => f.Number).Select(f => f.Name);
    }
}
