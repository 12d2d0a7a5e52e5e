namespace ContrastiveTool.Core.Data.Nli;

/// <summary>One NLI pair: a premise, a hypothesis and how they relate.</summary>
public sealed record NliRow(string Premise, string Hypothesis, NliLabel Label, long Line);
