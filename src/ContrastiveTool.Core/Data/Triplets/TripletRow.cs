namespace ContrastiveTool.Core.Data.Triplets;

/// <summary>An anchor, its positive and one or more negatives (texts trimmed, negatives distinct, in file order).</summary>
/// <param name="Anchor">The query or premise.</param>
/// <param name="Positive">The text that should be nearest to the anchor.</param>
/// <param name="Negatives">Texts that should be further from the anchor than the positive.</param>
/// <param name="Line">The 1-based line of the input row it came from.</param>
public sealed record TripletRow(string Anchor, string Positive, IReadOnlyList<string> Negatives, long Line);
