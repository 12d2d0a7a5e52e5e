namespace ContrastiveTool.Core.Training.Comparison;

/// <summary>How a row of a comparison ended.</summary>
public enum RunStatus
{
    /// <summary>The untrained starting model, evaluated.</summary>
    Baseline,

    /// <summary>Trained and evaluated.</summary>
    Trained,

    /// <summary>Training or evaluation threw (a bad file, a diverged loss, …); the other runs went on.</summary>
    Failed,

    /// <summary>Stopped by Ctrl+C while it ran (the trainer saved a checkpoint if a step had run).</summary>
    Cancelled,

    /// <summary>Never started: the comparison was cancelled before its turn.</summary>
    NotRun,
}
