namespace ContrastiveTool.Core.Mining;

/// <summary>What to do with the lower-ranked answers of a query's own question.</summary>
public enum SameQuestionMode
{
    /// <summary>Ordinary candidates: a strategy may pick them like any other corpus item (the default).</summary>
    Candidate,
    /// <summary>Never negatives (<c>--exclude-same-question</c>): they may be unmarked positives. Counted as "same-question" skips.</summary>
    Exclude,
    /// <summary>Taken first, best-ranked first, as tier-0 hard negatives; the strategy fills the remaining slots.</summary>
    Tier0,
}
