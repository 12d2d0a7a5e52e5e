namespace ContrastiveTool.Core.Data.Triplets;

/// <summary>The shapes a triplet row may come in, detected per row.</summary>
public enum TripletForm
{
    /// <summary><c>{"anchor", "positive", "negative"}</c>.</summary>
    Single,

    /// <summary><c>{"anchor", "positive", "negatives": [...]}</c>.</summary>
    List,

    /// <summary>sentence-transformers columns: <c>{"anchor", "positive", "negative_1", ..., "negative_n"}</c>.</summary>
    Columns,

    /// <summary>FlagEmbedding: <c>{"query", "pos": [...], "neg": [...]}</c>; one triplet per positive.</summary>
    FlagEmbedding,
}
