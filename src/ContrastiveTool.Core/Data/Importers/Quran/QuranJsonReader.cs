using System.Text.Json;

namespace ContrastiveTool.Core.Data.Importers.Quran;

/// <summary>Reads npm quran-json's <c>dist/quran_en.json</c>: an array of chapters
/// <c>{"id", "name", "transliteration", "translation", "type", "total_verses", "verses": [{"id", "text", "translation"}]}</c>.</summary>
public static class QuranJsonReader
{
    /// <exception cref="UserInputException">The file is not in that shape (the message says where).</exception>
    public static IReadOnlyList<QuranSurah> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        using var document = ParseJson(stream, path);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
            throw Shape(path, "the top level is not an array of chapters");
        var surahs = new List<QuranSurah>();
        foreach (var chapter in document.RootElement.EnumerateArray())
        {
            int number = Int(chapter, "id", path, "a chapter");
            string name = Text(chapter, "transliteration", path, $"chapter {number}");
            if (!chapter.TryGetProperty("verses", out var verses) || verses.ValueKind != JsonValueKind.Array)
                throw Shape(path, $"chapter {number} has no \"verses\" array");
            var list = verses.EnumerateArray().Select(v =>
            {
                int ayah = Int(v, "id", path, $"a verse of chapter {number}");
                string where = $"verse {number}:{ayah}";
                return new QuranVerse(number, ayah, Text(v, "text", path, where), Text(v, "translation", path, where));
            }).ToList();
            surahs.Add(new QuranSurah(number, name, list));
        }
        return surahs;
    }

    private static JsonDocument ParseJson(Stream stream, string path)
    {
        try
        {
            return JsonDocument.Parse(stream);
        }
        catch (JsonException exception)
        {
            throw Shape(path, $"not valid JSON ({exception.Message})");
        }
    }

    private static int Int(JsonElement owner, string name, string path, string what) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value) && value.TryGetInt32(out int number)
            ? number : throw Shape(path, $"{what} has no integer \"{name}\"");

    private static string Text(JsonElement owner, string name, string path, string what) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text
            ? text : throw Shape(path, $"{what} has no \"{name}\" text (quran_en.json has the Arabic in \"text\" and the English in \"translation\")");

    private static UserInputException Shape(string path, string problem) => new($"{path}: {problem}; expected npm quran-json's dist/quran_en.json");
}
