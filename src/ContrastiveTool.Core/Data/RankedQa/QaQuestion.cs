namespace ContrastiveTool.Core.Data.RankedQa;

/// <summary>A question: its id, title and plain-text body (HTML already stripped).</summary>
public sealed record QaQuestion(string Id, string Title, string Body)
{
    /// <summary>The text an encoder sees: title, then body.</summary>
    public string Text => Body.Length == 0 ? Title : Title + " " + Body;
}
