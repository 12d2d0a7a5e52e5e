using System.Globalization;
using System.Text.Json;

namespace ContrastiveTool.Core.Training.Config;

/// <summary>A config key's value (from a file or a flag) with typed readers whose errors name the key and what it needs.</summary>
public readonly record struct ConfigValue(string Key, JsonElement Element)
{
    /// <summary>A flag's text: JSON when it parses as JSON (numbers, true/false, [lists], {objects}), a string otherwise.</summary>
    public static ConfigValue FromText(string key, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try { return new(key, JsonDocument.Parse(text).RootElement.Clone()); }
        catch (JsonException) { return new(key, JsonSerializer.SerializeToElement(text)); }
    }

    public bool IsNull => Element.ValueKind == JsonValueKind.Null;

    public string String() => Element.ValueKind switch
    {
        JsonValueKind.String => Element.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => Element.GetRawText(),
        _ => throw Wrong("a string"),
    };

    public string? OptionalString() => IsNull ? null : String();

    public string OneOf(IReadOnlyList<string> choices) => NameLookup.Find(choices, c => c, String(), $"{Key} value");

    public long Long(long min = long.MinValue) =>
        Element.ValueKind == JsonValueKind.Number && Element.TryGetInt64(out long v) && v >= min ? v
            : throw Wrong(min == long.MinValue ? "a whole number" : $"a whole number ≥ {min}");

    public int Int(int min = int.MinValue) => checked((int)Long(min));

    public int? OptionalInt(int min) => IsNull ? null : Int(min);

    public double Double(double min = double.NegativeInfinity, double max = double.PositiveInfinity, bool maxExclusive = false) =>
        Element.ValueKind == JsonValueKind.Number && Element.GetDouble() is var v && v >= min && (maxExclusive ? v < max : v <= max) ? v
            : throw Wrong(Range(min, max, maxExclusive));

    public bool Bool() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Wrong("true or false"),
    };

    public IReadOnlyList<int> Ints(int min)
    {
        string key = Key;
        return List(e => new ConfigValue(key, e).Int(min), $"a list of whole numbers ≥ {min}, e.g. [2, 3, 5]");
    }

    public IReadOnlyList<double> Doubles()
    {
        string key = Key;
        return List(e => new ConfigValue(key, e).Double(), "a list of numbers, e.g. [0.3, 0.6, 1.0]");
    }

    public IReadOnlyDictionary<string, JsonElement> Object() => Element.ValueKind == JsonValueKind.Object
        ? Element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())
        : throw Wrong("a JSON object, e.g. {\"symmetric\": true}");

    private IReadOnlyList<T> List<T>(Func<JsonElement, T> read, string expected)
    {
        if (Element.ValueKind != JsonValueKind.Array || Element.GetArrayLength() == 0)
            throw Wrong(expected);
        var element = Element;
        try { return element.EnumerateArray().Select(read).ToList(); }
        catch (UserInputException) { throw Wrong(expected); }
    }

    private static string Range(double min, double max, bool maxExclusive) => (double.IsInfinity(min), double.IsInfinity(max)) switch
    {
        (true, true) => "a number",
        (false, true) => $"a number ≥ {F(min)}",
        _ => $"a number in [{F(min)}, {F(max)}{(maxExclusive ? ")" : "]")}",
    };

    private static string F(double value) => value.ToString(CultureInfo.InvariantCulture);

    private UserInputException Wrong(string expected) =>
        new($"config key '{Key}' must be {expected}, got {Element.GetRawText()}");
}
