namespace ContrastiveTool.Core.Models.Encoders;

/// <summary>How token vectors become one sentence vector.</summary>
public enum PoolingMode
{
    /// <summary>Average of the token vectors where the attention mask is 1 (sentence-transformers' default, MiniLM).</summary>
    Mean,

    /// <summary>The [CLS] (first) token's vector (arctic-embed).</summary>
    Cls,
}
