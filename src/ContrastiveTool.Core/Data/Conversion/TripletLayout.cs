namespace ContrastiveTool.Core.Data.Conversion;

/// <summary>The two ways triplets are written.</summary>
public enum TripletLayout
{
    /// <summary><c>{"anchor", "positive", "negatives": [...]}</c> (<c>--to triplets</c>).</summary>
    Triplets,

    /// <summary><c>{"anchor", "positive", "negative_1..n"}</c> (<c>--to sentence-transformers</c>).</summary>
    SentenceTransformers,
}
