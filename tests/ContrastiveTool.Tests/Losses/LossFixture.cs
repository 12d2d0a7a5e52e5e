using System.Text.Json;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Losses;

/// <summary>One reference case written by scripts/losses/make_loss_fixtures.py: inputs, parameters, value, metrics, gradients.</summary>
public sealed class LossFixture
{
    private LossFixture(string file, JsonElement root)
    {
        File = file;
        Root = root;
    }

    public string File { get; }

    public JsonElement Root { get; }

    public string Loss => Root.GetProperty("loss").GetString()!;

    public string Case => Root.GetProperty("case").GetString()!;

    public double Value => Root.GetProperty("loss_value").GetDouble();

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "fixtures", "losses");

    public static IEnumerable<string> Files() =>
        Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)! : [];

    public static LossFixture Load(string name) =>
        new(name, JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(Folder, name))).RootElement.Clone());

    public IReadOnlyDictionary<string, JsonElement> Parameters =>
        Root.GetProperty("params").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

    public IEnumerable<string> InputNames => Root.GetProperty("inputs").EnumerateObject().Select(p => p.Name);

    public IReadOnlyDictionary<string, double> Metrics =>
        Root.TryGetProperty("metrics", out var metrics)
            ? metrics.EnumerateObject().Where(m => m.Value.ValueKind == JsonValueKind.Number).ToDictionary(m => m.Name, m => m.Value.GetDouble())
            : new Dictionary<string, double>();

    public IEnumerable<string> GradientNames => Root.GetProperty("grads").EnumerateObject().Select(p => p.Name);

    /// <summary>The input as a tensor; float inputs are leaves that record gradients.</summary>
    public Tensor Input(string name) => ToTensor(Root.GetProperty("inputs").GetProperty(name), requiresGrad: true);

    public (long[] Shape, double[] Data) Gradient(string name)
    {
        var element = Root.GetProperty("grads").GetProperty(name);
        return (Shape(element), element.GetProperty("data").EnumerateArray().Select(v => v.GetDouble()).ToArray());
    }

    private static Tensor ToTensor(JsonElement element, bool requiresGrad)
    {
        var shape = Shape(element);
        var data = element.GetProperty("data");
        if (element.GetProperty("dtype").GetString() == "int64")
            return torch.tensor(data.EnumerateArray().Select(v => v.GetInt64()).ToArray(), shape);
        var tensor = torch.tensor(data.EnumerateArray().Select(v => (float)v.GetDouble()).ToArray(), shape);
        return requiresGrad ? tensor.requires_grad_(true) : tensor;
    }

    private static long[] Shape(JsonElement element) =>
        element.GetProperty("shape").EnumerateArray().Select(v => v.GetInt64()).ToArray();

    public override string ToString() => File;
}
