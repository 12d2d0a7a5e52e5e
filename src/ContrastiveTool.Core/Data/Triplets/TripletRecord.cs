namespace ContrastiveTool.Core.Data.Triplets;

/// <summary>One input row of a triplet file: an anchor, its positives (one, or several in FlagEmbedding rows) and negatives.</summary>
public sealed record TripletRecord(TripletForm Form, string Anchor, IReadOnlyList<string> Positives, IReadOnlyList<string> Negatives, long Line)
{
    /// <summary>One triplet per positive, each with all the row's negatives.</summary>
    public IEnumerable<TripletRow> Triplets => Positives.Select(p => new TripletRow(Anchor, p, Negatives, Line));
}
