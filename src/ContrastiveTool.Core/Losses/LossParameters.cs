using System.Text.Json;

namespace ContrastiveTool.Core.Losses;

/// <summary>A loss's settings by name (from a config file or <c>key=value</c> options), read with typed getters.</summary>
/// <remarks>Each getter marks its key as used; <see cref="EnsureAllUsed"/> then rejects unknown keys, so a typo
/// ("temprature") fails instead of silently running with the default.</remarks>
public sealed class LossParameters
{
    private readonly Dictionary<string, JsonElement> _values;
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public LossParameters(IReadOnlyDictionary<string, JsonElement>? values = null) =>
        _values = new Dictionary<string, JsonElement>(values ?? new Dictionary<string, JsonElement>(), StringComparer.OrdinalIgnoreCase);

    public static LossParameters None => new();

    /// <summary>Parses <c>key=value</c> pairs; a value is JSON when it parses as JSON (numbers, true/false, [lists]), else a string.</summary>
    public static LossParameters FromPairs(IEnumerable<string> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (string pair in pairs)
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw new LossInputException($"loss parameter '{pair}' must look like name=value, e.g. temperature=0.05");
            string value = pair[(equals + 1)..];
            JsonElement element;
            try { element = JsonDocument.Parse(value).RootElement.Clone(); }
            catch (JsonException) { element = JsonSerializer.SerializeToElement(value); }
            values[pair[..equals].Trim()] = element;
        }
        return new LossParameters(values);
    }

    /// <summary>Every key given.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    public double Double(string name, double fallback) =>
        Read(name, fallback, e => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : throw Wrong(name, "a number"));

    public long Long(string name, long fallback) =>
        Read(name, fallback, e => e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out long v) ? v : throw Wrong(name, "a whole number"));

    public bool Bool(string name, bool fallback) =>
        Read(name, fallback, e => e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Wrong(name, "true or false"),
        });

    public string String(string name, string fallback) =>
        Read(name, fallback, e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Wrong(name, "a string"));

    public IReadOnlyList<double>? Doubles(string name) =>
        Read<IReadOnlyList<double>?>(name, null, e => e.ValueKind == JsonValueKind.Array
            ? e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Number ? x.GetDouble() : throw Wrong(name, "a list of numbers")).ToArray()
            : throw Wrong(name, "a list of numbers, e.g. [1, 0.5]"));

    /// <summary>The parameters not read by name so far, for a wrapped loss to take.</summary>
    public LossParameters Remaining() =>
        new(_values.Where(p => !_used.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value));

    /// <summary>Throws when a key was given that no getter read.</summary>
    public void EnsureAllUsed(string lossName, IEnumerable<string> known)
    {
        var unknown = _values.Keys.Where(k => !_used.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw new LossInputException($"loss '{lossName}' has no parameter {string.Join(", ", unknown.Select(u => $"'{u}'"))}; its parameters: {string.Join(", ", known)}");
    }

    /// <summary>Marks <paramref name="names"/> as consumed (a wrapper that handed them on).</summary>
    public void MarkUsed(IEnumerable<string> names)
    {
        foreach (string name in names) _used.Add(name);
    }

    private T Read<T>(string name, T fallback, Func<JsonElement, T> convert)
    {
        _used.Add(name);
        return _values.TryGetValue(name, out var element) ? convert(element) : fallback;
    }

    private static LossInputException Wrong(string name, string expected) => new($"loss parameter '{name}' must be {expected}");
}
