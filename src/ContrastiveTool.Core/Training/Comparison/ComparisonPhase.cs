namespace ContrastiveTool.Core.Training.Comparison;

/// <summary>What a comparison is doing for the run it reports on.</summary>
public enum ComparisonPhase
{
    /// <summary>Reading the data and building the test set.</summary>
    Preparing,

    /// <summary>Embedding the test set with a model and scoring it.</summary>
    Evaluating,

    /// <summary>Training (see <see cref="ComparisonProgress.Training"/>).</summary>
    Training,

    /// <summary>The run is done (see <see cref="ComparisonProgress.Outcome"/>).</summary>
    Finished,

    /// <summary>Writing report.md, report.csv and the charts.</summary>
    Reporting,
}
