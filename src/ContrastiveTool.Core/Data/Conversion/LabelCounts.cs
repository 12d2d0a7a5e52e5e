namespace ContrastiveTool.Core.Data.Conversion;

/// <summary>Good and bad KTO rows written, before and after balancing (the same when not balanced).</summary>
public sealed record LabelCounts(long GoodBefore, long BadBefore, long GoodAfter, long BadAfter, bool Balanced);
