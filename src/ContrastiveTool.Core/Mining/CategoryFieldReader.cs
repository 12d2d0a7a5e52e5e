using System.Text.Json;
using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Mining;

/// <summary>Reads a category per row from any JSON Lines or JSON-array data file: row id → category.</summary>
/// <remarks>Fields are dotted paths into the row object (<c>category</c>, <c>question.category</c>, <c>meta.lexname</c>);
/// a field path without a dot is also looked for inside <c>question</c>, so ranked QA can keep the category beside the
/// question or at the top level. Strings and numbers are accepted. Rows without an id or a category are left out
/// (those items simply have no category).</remarks>
public static class CategoryFieldReader
{
    /// <summary>Row id → category for every row of <paramref name="path"/> that has both.</summary>
    public static Dictionary<string, string> Read(string path, string categoryField, string idField = "question.id", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(categoryField);
        if (!File.Exists(path))
            throw new UserInputException($"no such file: '{path}'");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in RawRecordSource.Open(stream).Records(cancellationToken))
        {
            try
            {
                using var row = JsonDocument.Parse(record.Bytes);
                if (Find(row.RootElement, idField) is { } id && (Find(row.RootElement, categoryField) ?? Find(row.RootElement, "question." + categoryField)) is { } category)
                    map.TryAdd(id, category);
            }
            catch (JsonException)
            {
                // A malformed row is the reader's to reject; it simply has no category here.
            }
        }
        return map;
    }

    private static string? Find(JsonElement element, string path)
    {
        foreach (string part in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element))
                return null;
        }
        return element.ValueKind is JsonValueKind.String or JsonValueKind.Number ? element.ToString() : null;
    }
}
