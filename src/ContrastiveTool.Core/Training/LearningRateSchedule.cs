namespace ContrastiveTool.Core.Training;

/// <summary>Linear warm-up then linear decay to 0 (as transformers' get_linear_schedule_with_warmup, but the first step already moves).</summary>
/// <remarks>η(s) = η_max·(s + 1)/W for s &lt; W, then η_max·(T − s)/(T − W); s = 0-based step, W = ⌈warmup_ratio·T⌉, T = total steps.</remarks>
public sealed class LearningRateSchedule(double peak, int totalSteps, double warmupRatio)
{
    public int WarmupSteps { get; } = (int)Math.Ceiling(warmupRatio * totalSteps);

    /// <summary>The learning rate of 0-based step <paramref name="step"/>.</summary>
    public double At(int step)
    {
        if (step < WarmupSteps)
            return peak * (step + 1) / WarmupSteps;
        return peak * Math.Max(0, totalSteps - step) / Math.Max(1, totalSteps - WarmupSteps);
    }
}
