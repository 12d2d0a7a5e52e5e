namespace ContrastiveTool.Core.Data.Cpo;

/// <summary>One negative of a CPO row: a text from the file, or one made by a synthetic strategy.</summary>
/// <param name="Text">The negative response.</param>
/// <param name="SyntheticKind">The strategy that made it ("truncation", "shuffle", "negation", "generic"); null for a negative from the file.</param>
public sealed record CpoNegative(string Text, string? SyntheticKind = null)
{
    /// <summary>Whether a synthetic strategy made it.</summary>
    public bool IsSynthetic => SyntheticKind is not null;
}
