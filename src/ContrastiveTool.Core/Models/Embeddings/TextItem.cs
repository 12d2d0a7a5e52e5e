namespace ContrastiveTool.Core.Models.Embeddings;

/// <summary>One text to embed, with the id its embedding row gets. <paramref name="IsQuery"/> marks questions
/// (an encoder with a query prefix puts it before them).</summary>
public sealed record TextItem(string Id, string Text, bool IsQuery = false);
