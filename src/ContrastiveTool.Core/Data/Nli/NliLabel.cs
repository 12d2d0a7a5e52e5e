namespace ContrastiveTool.Core.Data.Nli;

/// <summary>How a hypothesis relates to its premise; the numbers are the SNLI/MultiNLI convention (0, 1, 2).</summary>
public enum NliLabel
{
    Entailment = 0,
    Neutral = 1,
    Contradiction = 2,
}
