namespace ContrastiveTool.Core.Data.Kto;

/// <summary>One unpaired preference example, as TRL's KTO trainer reads it: a prompt, a completion and whether the
/// completion is good.</summary>
/// <param name="Prompt">The prompt (for a conversation, the dialogue up to the last user turn).</param>
/// <param name="Completion">The response judged.</param>
/// <param name="Label">True when the completion is desirable.</param>
/// <param name="SourceLine">The 1-based line of the input row it came from (a pairwise row gives two rows with one line).</param>
/// <param name="System">The system prompt, when the row has one.</param>
public sealed record KtoRow(string Prompt, string Completion, bool Label, long SourceLine, string? System = null);
