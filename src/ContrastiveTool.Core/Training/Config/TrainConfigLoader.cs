using System.Text.Json;

namespace ContrastiveTool.Core.Training.Config;

/// <summary>Builds a <see cref="TrainConfig"/>: defaults, then a preset, then a config file, then flags — later wins.</summary>
public static class TrainConfigLoader
{
    /// <param name="preset">A preset name (<see cref="TrainPresets"/>), or null.</param>
    /// <param name="configPath">A JSON object of config keys, or null.</param>
    /// <param name="flags">Key and raw text of each flag given on the command line.</param>
    /// <exception cref="UserInputException">An unknown key, a bad value, or an unreadable file.</exception>
    public static TrainConfig Load(string? preset, string? configPath, IEnumerable<(string Key, string Text)> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var config = preset is null ? new TrainConfig() : TrainPresets.Find(preset);
        if (configPath is not null)
            config = ApplyFile(config, configPath);
        foreach (var (key, text) in flags)
            config = TrainConfigKeys.Find(key).Apply(config, ConfigValue.FromText(key, text));
        return config;
    }

    /// <summary>Applies the keys of a JSON object to <paramref name="config"/>.</summary>
    public static TrainConfig Apply(TrainConfig config, JsonElement values, string source)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (values.ValueKind != JsonValueKind.Object)
            throw new UserInputException($"{source}: a config is one JSON object of keys, e.g. {{\"data_path\": \"qa.jsonl\", \"batch_size\": 16}}");
        foreach (var property in values.EnumerateObject())
        {
            TrainConfigKey key;
            try { key = TrainConfigKeys.Find(property.Name); }
            catch (UserInputException e) { throw new UserInputException($"{source}: {e.Message}"); }
            config = key.Apply(config, new ConfigValue(key.Name, property.Value));
        }
        return config;
    }

    /// <summary>Parses a config file: JSON with comments and trailing commas allowed.</summary>
    /// <exception cref="UserInputException">No such file, or not valid JSON.</exception>
    public static JsonDocument ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new UserInputException($"--config: no such file: '{path}' (current folder: {Environment.CurrentDirectory})");
        try { return JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new UserInputException($"{path}: not valid JSON ({e.Message})"); }
    }

    private static TrainConfig ApplyFile(TrainConfig config, string path)
    {
        using var document = ReadFile(path);
        return Apply(config, document.RootElement, path);
    }
}
