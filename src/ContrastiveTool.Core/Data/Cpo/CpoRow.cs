namespace ContrastiveTool.Core.Data.Cpo;

/// <summary>A multi-negative preference row: a prompt, the chosen response and the responses not to prefer.</summary>
/// <param name="Prompt">The prompt (trimmed).</param>
/// <param name="Chosen">The preferred response (trimmed).</param>
/// <param name="Negatives">Distinct negatives: the file's first (in file order), then synthetic ones.</param>
/// <param name="ContrastiveGroup">The row's <c>contrastive_group</c>, when it has one.</param>
/// <param name="Line">The 1-based line of the input row.</param>
public sealed record CpoRow(string Prompt, string Chosen, IReadOnlyList<CpoNegative> Negatives, string? ContrastiveGroup, long Line)
{
    /// <summary>The group rows are contrasted within: <c>contrastive_group</c>, or else the prompt.</summary>
    public string Group => ContrastiveGroup ?? Prompt;
}
