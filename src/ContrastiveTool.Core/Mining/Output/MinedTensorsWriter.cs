using System.Globalization;
using System.Text.Json;
using ContrastiveTool.Core.Models.Checkpoints;
using ContrastiveTool.Core.Models.Embeddings;

namespace ContrastiveTool.Core.Mining.Output;

/// <summary>The mined negatives as tensors for training code: <c>hard_negatives</c> and <c>negative_tiers</c>, both
/// <c>[n_pairs, n_neg]</c> int64, in a <c>.safetensors</c> file (read in Python with <c>safetensors.torch.load_file</c>).</summary>
/// <remarks><c>hard_negatives[i, j]</c> is a row of the corpus, whose ids are in the sidecar <c>&lt;name&gt;.ids.json</c>
/// (for ranked QA: every answer in file order); −1 (and tier −1) marks a slot a short row could not fill. Tiers:
/// 0 same-question, 1 in-cluster, 2 adjacent cluster, 3 high similarity, 4 random.</remarks>
public static class MinedTensorsWriter
{
    public const string NegativesTensor = "hard_negatives";
    public const string TiersTensor = "negative_tiers";

    public static void Write(string path, MiningInput input, MiningResult result, string strategy, long seed)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        string ids = EmbeddingsFile.IdsPath(path);
        AtomicFile.Write(ids, stream => JsonSerializer.Serialize(stream, input.Corpus.Select(c => c.Id).ToArray()));
        long[] shape = [result.Pairs, result.Width];
        SafeTensorsFile.Write(path, [SafeTensor.FromInt64(NegativesTensor, shape, result.Negatives), SafeTensor.FromInt64(TiersTensor, shape, result.Tiers)],
            new Dictionary<string, string>
            {
                ["strategy"] = strategy,
                ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
                ["corpus_size"] = input.Corpus.Count.ToString(CultureInfo.InvariantCulture),
            });
    }
}
