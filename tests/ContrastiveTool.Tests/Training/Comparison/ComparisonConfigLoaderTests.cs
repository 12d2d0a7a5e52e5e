using System.Text.Json;
using ContrastiveTool.Core;
using ContrastiveTool.Core.Training.Comparison;
using ContrastiveTool.Core.Training.Config;

namespace ContrastiveTool.Tests.Training.Comparison;

/// <summary>Reading a compare config: the layers (shared → preset → run → flags), run selection, and errors that name the key
/// or the run.</summary>
public sealed class ComparisonConfigLoaderTests
{
    private static ComparisonConfig Parse(string json, IEnumerable<(string, string)>? flags = null, IReadOnlyList<string>? select = null)
    {
        using var document = JsonDocument.Parse(json);
        return ComparisonConfigLoader.Parse(document.RootElement, "cmp.json", flags ?? [], select);
    }

    private static string Error(string json, IEnumerable<(string, string)>? flags = null, IReadOnlyList<string>? select = null) =>
        Assert.Throws<UserInputException>(() => Parse(json, flags, select)).Message;

    private const string TwoRuns = """
        {"data_path": "qa.jsonl", "model": "bow", "temperature": 0.05, "epochs": 3, "test_path": "test.jsonl",
         "runs": [{"name": "infonce", "preset": "infonce_standard"},
                  {"name": "tri", "loss_type": "triplet", "batch_transform": "triplet", "epochs": 2, "margin": 0.5}]}
        """;

    [Fact]
    public void Parse_SharedPresetRunFlags_LaterLayersWin()
    {
        var config = Parse(TwoRuns, [("epochs", "1"), ("test_limit", "50")]);
        Assert.Equal(("qa.jsonl", "bow", "test.jsonl", 50), (config.Shared.DataPath, config.Shared.Model, config.TestPath, config.TestLimit));
        var (infonce, tri) = (config.Runs[0], config.Runs[1]);
        Assert.Equal("infonce_standard", infonce.Preset);
        Assert.Equal(0.1, infonce.Config.Temperature);                     // the preset's loss key beats the shared 0.05
        Assert.Equal("qa.jsonl", infonce.Config.DataPath);                 // ... and leaves the shared data alone
        Assert.Equal(0.05, tri.Config.Temperature);                        // no preset: the shared value
        Assert.Equal((0.5, "triplet + triplet"), (tri.Config.Margin, tri.Recipe));
        Assert.Equal([1, 1], config.Runs.Select(r => r.Config.Epochs));  // the flag beats the shared 3 and the run's 2
        Assert.Equal(["infonce", "tri"], config.Runs.Select(r => r.Config.Name));
        Assert.True(config.Baseline);
    }

    [Fact]
    public void Overlay_EveryPreset_OnDefaultsGivesThePresetItself()
    {
        // Guards PresetKeys: a preset that sets a key the overlay forgets would silently lose it in compare.
        foreach (var (_, preset) in TrainPresets.All)
            Assert.Equal(JsonSerializer.Serialize(preset with { Name = null }), JsonSerializer.Serialize(ComparisonConfigLoader.Overlay(new TrainConfig(), preset)));
    }

    [Fact]
    public void Parse_SelectedRuns_KeepsThoseInFileOrder()
    {
        Assert.Equal(["infonce", "tri"], Parse(TwoRuns, select: ["tri", "infonce"]).Runs.Select(r => r.Name));
        Assert.Equal(["tri"], Parse(TwoRuns, select: ["TRI"]).Runs.Select(r => r.Name));
        Assert.Contains("unknown run 'infonse': did you mean 'infonce'?", Error(TwoRuns, select: ["infonse"]));
    }

    [Theory]
    [InlineData("""{"data_path": "a", "rnus": []}""", "cmp.json: unknown config key 'rnus': did you mean 'runs'?")]
    [InlineData("""{"data_path": "a"}""", "\"runs\" must list at least one run")]
    [InlineData("""{"runs": [{"name": "a", "preset": "infonce_standrd"}]}""", "run 'a': unknown preset 'infonce_standrd': did you mean 'infonce_standard'?")]
    [InlineData("""{"runs": [{"name": "a", "lerning_rate": 1}]}""", "run 'a': unknown config key 'lerning_rate': did you mean 'learning_rate'?")]
    [InlineData("""{"runs": [{"name": "a", "model": "bow"}]}""", "run 'a': 'model' is shared by every run")]
    [InlineData("""{"runs": [{"name": "a", "batch_size": "many"}]}""", "run 'a': config key 'batch_size' must be a whole number ≥ 1, got \"many\"")]
    [InlineData("""{"runs": [{"name": "a", "output_dir": "x"}]}""", "run 'a': 'output_dir': compare writes each run to <output>/a")]
    [InlineData("""{"output_dir": "x", "runs": [{"name": "a"}]}""", "'output_dir': compare writes each run to <output>/<run name>")]
    [InlineData("""{"runs": [{"name": "a"}, {"name": "A"}]}""", "two runs are named 'a'")]
    [InlineData("""{"runs": [{"name": "baseline"}]}""", "the name 'baseline' is the zero-shot row's")]
    [InlineData("""{"runs": [{"name": "a/b"}]}""", "runs[0]: \"name\" must be a folder-safe name")]
    [InlineData("""{"runs": [{"preset": "listwise"}]}""", "runs[0]: \"name\" must be a folder-safe name (letters, digits, '.', '_', '-'), got none")]
    [InlineData("""{"test_limit": 1, "runs": [{"name": "a"}]}""", "config key 'test_limit' must be a whole number ≥ 2, got 1")]
    [InlineData("""[1, 2]""", "a compare config is one JSON object")]
    public void Parse_BadConfig_UserErrorNamingTheKeyOrRun(string json, string expected)
    {
        Assert.Contains(expected, Error(json));
    }
}
