using System.Text.Json;
using ContrastiveTool.Core.Losses;
using ContrastiveTool.Core.Training.Config;

namespace ContrastiveTool.Core.Training;

/// <summary>Builds the run's loss from the seed's config keys: each loss gets the keys it declares (temperature, margin,
/// use_ranks, ...), <c>loss_params</c> adds or overrides any, and <c>matryoshka_dims</c> wraps it in matryoshka.</summary>
/// <remarks>Mappings where our parameter names differ from the seed's keys: relaxed_hard_neg's <c>p</c> = hard_negative_weight
/// (the seed's hard_neg_target_prob); mnr's <c>scale</c> = 1/temperature.</remarks>
public static class TrainingLoss
{
    public static IContrastiveLoss Create(TrainConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        LossDescriptor descriptor;
        try { descriptor = LossCatalog.Find(config.LossType); }
        catch (UserInputException e) { throw new UserInputException($"loss_type: {e.Message}"); }
        var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (string parameter in descriptor.Parameters)
            if (FromConfig(config, descriptor.Name, parameter) is { } value)
                values[parameter] = JsonSerializer.SerializeToElement(value);
        foreach (var (key, value) in config.LossParams ?? new Dictionary<string, JsonElement>())
            values[key] = value;
        try
        {
            var loss = LossCatalog.Create(descriptor.Name, new LossParameters(values));
            return config.MatryoshkaDims is { } dims ? new MatryoshkaLoss(loss, dims.Select(d => (long)d).ToList()) : loss;
        }
        catch (LossInputException e) { throw new UserInputException($"loss_type '{descriptor.Name}': {e.Message}"); }
    }

    private static object? FromConfig(TrainConfig c, string loss, string parameter) => parameter switch
    {
        "temperature" => c.Temperature,
        "margin" => c.Margin,
        "use_ranks" => c.UseRanks,
        "use_scores" => c.UseScores,
        "rank_weight" => c.RankWeight,
        "score_weight" => c.ScoreWeight,
        "hard_negative_weight" => c.HardNegativeWeight,
        "p" when loss == "relaxed_hard_neg" => c.HardNegativeWeight,
        "scale" when loss == "mnr" => 1 / c.Temperature,
        _ => null,
    };
}
