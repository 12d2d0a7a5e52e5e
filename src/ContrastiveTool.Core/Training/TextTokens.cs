using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Core.Models.Tokenization;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Training;

/// <summary>Texts tokenised once per step, encoded by ranges: the trainer's plain and cached (GradCache) paths share it.</summary>
public sealed class TextTokens(TorchSentenceEncoder encoder, IReadOnlyList<string> texts, int maxLength)
{
    private readonly int[][] _sequences = texts.Select(t => encoder.Tokenizer.Encode(t, maxLength)).ToArray();

    public int Count => _sequences.Length;

    /// <summary>Embeddings of texts [<paramref name="start"/>, start + <paramref name="count"/>) <c>(count, d)</c>, with gradients
    /// unless the caller turned them off; dropout draws from torch's generator reseeded with <paramref name="dropoutSeed"/>.</summary>
    public Tensor Forward(int start, int count, long dropoutSeed)
    {
        TorchSharp.torch.random.manual_seed(dropoutSeed);
        var batch = TokenBatch.Pad(_sequences.Skip(start).Take(count).ToList(), encoder.Tokenizer.PadId);
        return encoder.Forward(batch);                                                        // (count, d)
    }
}
