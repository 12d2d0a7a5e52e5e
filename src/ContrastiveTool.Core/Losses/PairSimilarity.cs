using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace ContrastiveTool.Core.Losses;

/// <summary>Row-wise similarities of a query to its answer and to its explicit negatives.</summary>
internal static class PairSimilarity
{
    /// <summary>cos(q_i, a_i) (B), one fused op.</summary>
    public static Tensor Cosine(Tensor queries, Tensor answers) =>
        cosine_similarity(queries, answers, 1, 1e-8);                                        // (B)

    /// <summary>cos(q_i, n_ik) (B,K): normalise, then one batched matrix product (no (B,K,d) broadcast in the backward pass).</summary>
    public static Tensor CosineToNegatives(Tensor queries, Tensor negatives) =>
        normalize(negatives, 2, 2).bmm(normalize(queries, 2, 1).unsqueeze(2)).squeeze(2);   // (B,K,d)·(B,d,1) → (B,K)

    /// <summary>q_i·a_i (B).</summary>
    public static Tensor Dot(Tensor queries, Tensor answers) => (queries * answers).sum(1); // (B)

    /// <summary>q_i·n_ik (B,K).</summary>
    public static Tensor DotToNegatives(Tensor queries, Tensor negatives) =>
        (queries.unsqueeze(1) * negatives).sum(2);                                           // (B,K)

    /// <summary>All-pairs cosine: normalise rows, then multiply (N,M).</summary>
    public static Tensor CosineMatrix(Tensor left, Tensor right) =>
        normalize(left, 2, 1).matmul(normalize(right, 2, 1).t());                            // (N,M)
}
