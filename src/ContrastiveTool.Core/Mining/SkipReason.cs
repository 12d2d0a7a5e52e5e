namespace ContrastiveTool.Core.Mining;

/// <summary>Why a candidate was not taken as a negative; the summary counts skipped candidates by reason.</summary>
/// <remarks>Codes are tensor values (int64), 0 meaning "not skipped". <see cref="SkipReasons.Name"/> gives the names the
/// summary prints.</remarks>
public enum SkipReason
{
    None = 0,
    /// <summary>A positive of the pair's query (never a negative).</summary>
    Positive = 1,
    /// <summary>The query itself (a corpus item with the query's id).</summary>
    Query = 2,
    /// <summary>A lower-ranked answer of the query's own question, under <c>--same-question exclude</c>.</summary>
    SameQuestion = 3,
    /// <summary>Already taken for this row (drawn twice, or picked by an earlier tier or by tier 0).</summary>
    Duplicate = 4,
    /// <summary>Ranked above <c>--range-min</c>.</summary>
    Range = 5,
    /// <summary>Scored above <c>--max-score</c>.</summary>
    MaxScore = 6,
    /// <summary>Scored below <c>--min-score</c>.</summary>
    MinScore = 7,
    /// <summary>s(a,n) &gt; s(a,p) − margin.</summary>
    Margin = 8,
    /// <summary>s(a,n) &gt; s(a,p)·(1 − relative margin).</summary>
    RelativeMargin = 9,
    /// <summary>Tier 3: in the pair's own cluster (tier 1's ground).</summary>
    OwnCluster = 10,
    /// <summary>semi_hard: at least as similar to the anchor as the positive (s(a,n) ≥ s(a,p)).</summary>
    NotSemiHard = 11,
}

/// <summary>Names of <see cref="SkipReason"/> as the summary prints them.</summary>
public static class SkipReasons
{
    /// <summary>The number of codes (<see cref="SkipReason.None"/> included).</summary>
    public const int Count = 12;

    public static string Name(SkipReason reason) => reason switch
    {
        SkipReason.Positive => "positive",
        SkipReason.Query => "query",
        SkipReason.SameQuestion => "same-question",
        SkipReason.Duplicate => "duplicate",
        SkipReason.Range => "range",
        SkipReason.MaxScore => "max-score",
        SkipReason.MinScore => "min-score",
        SkipReason.Margin => "margin",
        SkipReason.RelativeMargin => "relative-margin",
        SkipReason.OwnCluster => "own-cluster",
        SkipReason.NotSemiHard => "not-semi-hard",
        _ => "none",
    };
}
