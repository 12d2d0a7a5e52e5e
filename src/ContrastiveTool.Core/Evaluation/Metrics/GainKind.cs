using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>How NDCG turns a relevance grade into a gain.</summary>
public enum GainKind
{
    /// <summary>gain = grade (trec_eval's <c>ndcg_cut</c>).</summary>
    Linear,

    /// <summary>gain = 2^grade − 1 (Burges et al. 2005; LightGBM; ML.NET with label gains 0,1,3,7,15).</summary>
    Exponential,
}

/// <summary>Applies a <see cref="GainKind"/> to a tensor of grades.</summary>
public static class Gains
{
    /// <summary>(…) gains from (…) grades; negative grades count as 0.</summary>
    public static Tensor Apply(GainKind kind, Tensor grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var clamped = grades.clamp_min(0);
        return kind == GainKind.Exponential ? pow(2.0, clamped) - 1 : clamped;
    }
}
