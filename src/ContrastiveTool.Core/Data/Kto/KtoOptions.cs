namespace ContrastiveTool.Core.Data.Kto;

/// <summary>How KTO rows are read.</summary>
/// <param name="Scale">The rating scale (default 1–5); a rating ≥ 80 % of its top is good.</param>
/// <param name="RankingTake">From a ranking row, how many of the best are good and of the worst bad (default 1; at
/// most half the responses each, so no response is both).</param>
public sealed record KtoOptions(RatingScale? Scale = null, int RankingTake = 1)
{
    /// <summary>The defaults.</summary>
    public static KtoOptions Default { get; } = new();

    /// <summary>The scale in use.</summary>
    public RatingScale RatingScale => Scale ?? RatingScale.Default;

    /// <summary>Throws <see cref="UserInputException"/> when an option is out of range.</summary>
    public KtoOptions Validated() => RankingTake >= 1 ? this
        : throw new UserInputException($"--ranking-take must be at least 1, got {RankingTake}");
}
