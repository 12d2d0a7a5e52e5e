using ContrastiveTool.Core;
using ContrastiveTool.Core.Training.Config;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Training;

public sealed class TrainConfigTests
{
    [Fact]
    public void Load_PresetThenFileThenFlags_LaterWins()
    {
        using var folder = new TempFolder();
        string file = folder.Write("cfg.json", """{"data_path": "qa.jsonl", "batch_size": 8, "margin": 0.5}""");
        var config = TrainConfigLoader.Load("triplet_hard_neg", file, [("batch_size", "4"), ("neg_strategy", "mixed")]);
        Assert.Equal(("triplet", "triplet", "qa.jsonl", 4, 0.5, "mixed"),
                     (config.BatchTransform, config.LossType, config.DataPath, config.BatchSize, config.Margin, config.NegStrategy));
    }

    [Fact]
    public void Load_UnknownKeyInFile_NamesFileKeyAndSuggestion()
    {
        using var folder = new TempFolder();
        string file = folder.Write("cfg.json", """{"batchsize": 8}""");
        var error = Assert.Throws<UserInputException>(() => TrainConfigLoader.Load(null, file, []));
        Assert.Contains("cfg.json: unknown config key 'batchsize': did you mean 'batch_size'?", error.Message);
    }

    [Theory]
    [InlineData("batch_size", "0", "config key 'batch_size' must be a whole number ≥ 1, got 0")]
    [InlineData("test_size", "1", "config key 'test_size' must be a number in [0, 1), got 1")]
    [InlineData("eval_at_zero", "yes", "config key 'eval_at_zero' must be true or false, got \"yes\"")]
    [InlineData("curriculum_epochs", "[1, \"x\"]", "config key 'curriculum_epochs' must be a list of whole numbers ≥ 0, e.g. [2, 3, 5], got [1, \"x\"]")]
    [InlineData("neg_strategy", "hard", "unknown neg_strategy value 'hard'")]
    public void Load_BadFlagValue_MessageNamesTheKey(string key, string value, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => TrainConfigLoader.Load(null, null, [(key, value)]));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Load_UnknownPreset_DidYouMean()
    {
        var error = Assert.Throws<UserInputException>(() => TrainConfigLoader.Load("infonce_standart", null, []));
        Assert.Contains("did you mean 'infonce_standard'", error.Message);
    }

    [Fact]
    public void Presets_AreTheSeedsSeven()
    {
        Assert.Equal(["infonce_standard", "infonce_random", "multiple_positives_rank", "multiple_positives_score", "hard_negative", "triplet_hard_neg", "listwise"],
                     TrainPresets.All.Select(p => p.Name));
    }

    [Fact]
    public void Keys_IncludeEverySeedKeyAndEachHasAFlag()
    {
        string[] seed = ["data_path", "limit", "test_size", "seed", "batch_size", "epochs", "learning_rate", "eval_steps", "eval_at_zero",
            "batch_transform", "take_top", "pos_count", "neg_strategy", "max_answers", "loss_type", "temperature", "margin", "use_ranks",
            "use_scores", "rank_weight", "score_weight", "hard_negative_weight", "projection_dim", "output_dir", "model", "negatives"];
        Assert.Empty(seed.Except(TrainConfigKeys.All.Select(k => k.Name)));
        var flags = typeof(ContrastiveTool.Cli.Verbs.Train.TrainSettings).GetProperties()
            .Select(p => p.GetCustomAttributes(typeof(Spectre.Console.Cli.CommandOptionAttribute), false).Cast<Spectre.Console.Cli.CommandOptionAttribute>().FirstOrDefault())
            .Where(o => o is not null).Select(o => "--" + o!.LongNames[0]).ToHashSet();
        Assert.All(TrainConfigKeys.All, k => Assert.Contains(k.Flag, flags));
    }
}
