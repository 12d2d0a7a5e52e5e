using System.Text.Json;
using System.Text.RegularExpressions;
using ContrastiveTool.Core.Training.Config;

namespace ContrastiveTool.Core.Training.Comparison;

/// <summary>Reads a <c>compare</c> config: a JSON object of shared train keys and comparison keys, with a <c>runs</c> list
/// of named runs (<c>{"name": "infonce", "preset": "infonce_standard", "epochs": 2}</c>).</summary>
/// <remarks>
/// Layers, later wins: the trainer's defaults → the shared (top-level) keys → the run's preset, which sets only its transform
/// and loss keys (<see cref="PresetKeys"/>) → the run's own keys → the flags (they apply to every run).
/// Comparison keys (top level only): <c>runs</c> (required), <c>baseline</c> (true: also judge the untrained model),
/// <c>test_path</c>, <c>test_limit</c>, <c>bootstrap_resamples</c>, <c>permutations</c>. Keys that define the starting model
/// and the split (<see cref="SharedOnlyKeys"/>) are top-level only, so every run starts from one model on one split;
/// <c>output_dir</c> is refused anywhere (each run writes to <c>&lt;-o&gt;/&lt;name&gt;</c>). Run names are unique, usable as
/// folder names, and not <c>baseline</c>. Every error names the key or run and the fix.
/// </remarks>
public static partial class ComparisonConfigLoader
{
    /// <summary>Train keys a run may not set: they fix the starting model, the split and the test encoding.</summary>
    public static IReadOnlyList<string> SharedOnlyKeys { get; } = ["data_path", "limit", "test_size", "seed", "model", "projection_dim", "max_length", "device"];

    /// <summary>Keys of the comparison itself (top level only).</summary>
    public static IReadOnlyList<string> ComparisonKeys { get; } = ["runs", "baseline", "test_path", "test_limit", "bootstrap_resamples", "permutations"];

    /// <summary>The keys a preset sets on a run (its transform and its loss); the shared keys keep the rest.</summary>
    public static IReadOnlyList<string> PresetKeys { get; } =
        ["batch_transform", "take_top", "pos_count", "neg_strategy", "max_answers", "loss_type", "temperature", "margin",
         "use_ranks", "use_scores", "rank_weight", "score_weight", "hard_negative_weight"];

    /// <param name="path">The config file.</param>
    /// <param name="flags">(key, raw text) of each flag: train keys, <c>test_path</c> or <c>test_limit</c>.</param>
    /// <param name="select">Keep only these runs (in the file's order); null keeps all.</param>
    /// <exception cref="UserInputException">An unreadable file, an unknown key or preset, a bad value, a bad run list.</exception>
    public static ComparisonConfig Load(string path, IEnumerable<(string Key, string Text)> flags, IReadOnlyList<string>? select = null)
    {
        using var document = TrainConfigLoader.ReadFile(path);
        return Parse(document.RootElement, path, flags, select);
    }

    /// <summary>Builds the comparison from a parsed config object (<paramref name="source"/> names it in errors).</summary>
    public static ComparisonConfig Parse(JsonElement root, string source, IEnumerable<(string Key, string Text)> flags, IReadOnlyList<string>? select = null)
    {
        ArgumentNullException.ThrowIfNull(flags);
        if (root.ValueKind != JsonValueKind.Object)
            throw new UserInputException($"{source}: a compare config is one JSON object, e.g. {{\"data_path\": \"qa.jsonl\", \"runs\": [{{\"name\": \"infonce\", \"preset\": \"infonce_standard\"}}]}}");
        var shared = new TrainConfig();
        var comparison = new ComparisonConfig(shared, []);
        JsonElement? runs = null;
        foreach (var property in root.EnumerateObject())
        {
            string key = KnownKey(property.Name, source, TrainConfigKeys.All.Select(k => k.Name).Concat(ComparisonKeys));
            if (key is "output_dir" or "name")
                throw new UserInputException(key == "name"
                    ? $"{source}: 'name' at the top level: give each run its name in \"runs\""
                    : $"{source}: 'output_dir': compare writes each run to <output>/<run name>; drop it and give -o");
            if (key == "runs")
                runs = property.Value;
            else if (ComparisonKeys.Contains(key))
                comparison = ApplyComparisonKey(comparison, new ConfigValue(key, property.Value));
            else
                shared = TrainConfigKeys.Find(key).Apply(shared, new ConfigValue(key, property.Value));
        }
        var flagList = flags.ToList();
        foreach (var (key, text) in flagList.Where(f => ComparisonKeys.Contains(f.Key)))
            comparison = ApplyComparisonKey(comparison, ConfigValue.FromText(key, text));
        var trainFlags = flagList.Where(f => !ComparisonKeys.Contains(f.Key)).ToList();
        shared = ApplyFlags(shared, trainFlags);
        if (runs is not { ValueKind: JsonValueKind.Array } list || list.GetArrayLength() == 0)
            throw new UserInputException($"{source}: \"runs\" must list at least one run, e.g. \"runs\": [{{\"name\": \"infonce\", \"preset\": \"infonce_standard\"}}]");
        var parsed = list.EnumerateArray().Select((run, i) => ParseRun(run, i, source, shared, trainFlags)).ToList();
        if (parsed.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new UserInputException($"{source}: two runs are named '{twice.Key}': give each run its own name (it is its folder and its row)");
        if (select is { Count: > 0 })
        {
            var chosen = select.Select(n => NameLookup.Find(parsed, r => r.Name, n, "run").Name).ToHashSet(StringComparer.Ordinal);
            parsed = parsed.Where(r => chosen.Contains(r.Name)).ToList();
        }
        return comparison with { Shared = shared, Runs = parsed };
    }

    private static ComparisonRun ParseRun(JsonElement run, int index, string source, TrainConfig shared, IReadOnlyList<(string Key, string Text)> flags)
    {
        string where = $"{source}: runs[{index}]";
        if (run.ValueKind != JsonValueKind.Object)
            throw new UserInputException($"{where}: a run is a JSON object with a name, e.g. {{\"name\": \"infonce\", \"preset\": \"infonce_standard\"}}");
        string name = run.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : "";
        if (!RunName().IsMatch(name))
            throw new UserInputException($"{where}: \"name\" must be a folder-safe name (letters, digits, '.', '_', '-'), got {(n.ValueKind == JsonValueKind.Undefined ? "none" : n.GetRawText())}");
        if (string.Equals(name, ComparisonConfig.BaselineName, StringComparison.OrdinalIgnoreCase))
            throw new UserInputException($"{where}: the name 'baseline' is the zero-shot row's; call the run something else");
        where = $"{source}: run '{name}'";
        string? preset = run.TryGetProperty("preset", out var p) ? new ConfigValue("preset", p).String() : null;
        var config = shared;
        if (preset is not null)
        {
            try { config = Overlay(config, TrainPresets.Find(preset)); }
            catch (UserInputException e) { throw new UserInputException($"{where}: {e.Message}"); }
        }
        foreach (var property in run.EnumerateObject().Where(o => o.Name is not "name" and not "preset"))
        {
            string key = KnownKey(property.Name, where, TrainConfigKeys.All.Select(k => k.Name).Append("preset"));
            if (SharedOnlyKeys.Contains(key) || ComparisonKeys.Contains(key) || key == "output_dir")
                throw new UserInputException(key == "output_dir"
                    ? $"{where}: 'output_dir': compare writes each run to <output>/{name}; drop it"
                    : $"{where}: '{key}' is shared by every run (they start from one model on one split); set it at the top level");
            try { config = TrainConfigKeys.Find(key).Apply(config, new ConfigValue(key, property.Value)); }
            catch (UserInputException e) { throw new UserInputException($"{where}: {e.Message}"); }
        }
        return new ComparisonRun(name, preset, ApplyFlags(config, flags) with { Name = name });
    }

    /// <summary>The preset's transform and loss keys (<see cref="PresetKeys"/>) over <paramref name="config"/>.</summary>
    public static TrainConfig Overlay(TrainConfig config, TrainConfig preset)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(preset);
        return config with
        {
            BatchTransform = preset.BatchTransform, TakeTop = preset.TakeTop, PosCount = preset.PosCount, NegStrategy = preset.NegStrategy,
            MaxAnswers = preset.MaxAnswers, LossType = preset.LossType, Temperature = preset.Temperature, Margin = preset.Margin,
            UseRanks = preset.UseRanks, UseScores = preset.UseScores, RankWeight = preset.RankWeight, ScoreWeight = preset.ScoreWeight,
            HardNegativeWeight = preset.HardNegativeWeight,
        };
    }

    private static TrainConfig ApplyFlags(TrainConfig config, IEnumerable<(string Key, string Text)> flags) =>
        flags.Aggregate(config, (c, f) => TrainConfigKeys.Find(f.Key).Apply(c, ConfigValue.FromText(f.Key, f.Text)));

    private static ComparisonConfig ApplyComparisonKey(ComparisonConfig comparison, ConfigValue value) => value.Key switch
    {
        "baseline" => comparison with { Baseline = value.Bool() },
        "test_path" => comparison with { TestPath = value.OptionalString() },
        "test_limit" => comparison with { TestLimit = value.OptionalInt(2) },
        "bootstrap_resamples" => comparison with { BootstrapResamples = value.Int(10) },
        "permutations" => comparison with { Permutations = value.Int(100) },
        _ => throw new UserInputException($"'{value.Key}' is not a comparison key"),
    };

    private static string KnownKey(string name, string where, IEnumerable<string> known)
    {
        try { return NameLookup.Find(known, k => k, name, "config key"); }
        catch (UserInputException e) { throw new UserInputException($"{where}: {e.Message}"); }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex RunName();
}
