namespace ContrastiveTool.Core.Data.RankedQa;

/// <summary>A question: its id, title and plain-text body (HTML already stripped), and an optional category.</summary>
/// <param name="Id">Unique within a file.</param>
/// <param name="Title">The question's title (for imported sets, the question text).</param>
/// <param name="Body">Plain text; may be empty.</param>
/// <param name="Category">A label the data set gives the question (a WordNet lexicographer file such as
/// <c>noun.artifact</c>, a surah); null when the row has none. Kept through reading and writing, counted by <c>data stats</c>.</param>
public sealed record QaQuestion(string Id, string Title, string Body, string? Category = null)
{
    /// <summary>The text an encoder sees: title, then body.</summary>
    public string Text => Body.Length == 0 ? Title : Title + " " + Body;
}
