using ContrastiveTool.Core.Training.Config;

namespace ContrastiveTool.Core.Training.Comparison;

/// <summary>What <c>compare</c> runs: the shared settings, the named training runs, and the test set every model is judged on.</summary>
/// <param name="Shared">The settings every run starts from (data, model, seed, sizes, …): the file's top-level train keys and
/// the flags.</param>
/// <param name="Runs">The runs in order, each with its resolved configuration.</param>
/// <remarks>Built and checked by <see cref="ComparisonConfigLoader"/>; <see cref="LossComparison.Validate"/> runs the
/// trainer's own checks on every run before anything trains.</remarks>
public sealed record ComparisonConfig(TrainConfig Shared, IReadOnlyList<ComparisonRun> Runs)
{
    /// <summary>The name of the zero-shot row.</summary>
    public const string BaselineName = "baseline";

    /// <summary>Also evaluate the starting model untrained, as the <c>baseline</c> row every run is tested against (default).</summary>
    public bool Baseline { get; init; } = true;

    /// <summary>A ranked-QA file to judge every model on; null to use the held-out split of <c>data_path</c> (the trainer's:
    /// <c>test_size</c>, <c>limit</c> and <c>seed</c>).</summary>
    public string? TestPath { get; init; }

    /// <summary>Judge on only the first N test questions; null for all.</summary>
    public int? TestLimit { get; init; }

    /// <summary>Bootstrap resamples for each metric's 95 % interval.</summary>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>Random sign flips of the paired test against the baseline.</summary>
    public int Permutations { get; init; } = 10_000;
}
