namespace ContrastiveTool.Core.Training.Config;

/// <summary>One configuration key: its snake_case name, what it does, and how its value changes a <see cref="TrainConfig"/>.</summary>
public sealed record TrainConfigKey(string Name, string Description, Func<TrainConfig, ConfigValue, TrainConfig> Apply)
{
    /// <summary>The command-line flag: <c>--batch-size</c> for <c>batch_size</c>.</summary>
    public string Flag => "--" + Name.Replace('_', '-');
}
