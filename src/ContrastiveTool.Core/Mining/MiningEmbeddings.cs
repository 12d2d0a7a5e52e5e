using System.Security.Cryptography;
using System.Text;
using ContrastiveTool.Core.Models.Embeddings;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Mining;

/// <summary>The query and corpus embeddings of a <see cref="MiningInput"/>: looked up by id in an embeddings file, or
/// encoded with a model and cached.</summary>
/// <remarks>Cache: an embeddings file (queries first, then the corpus) whose metadata holds the model name and a SHA-256
/// of every id and text; it is reused only when both match, so editing the data or switching models re-encodes.</remarks>
public static class MiningEmbeddings
{
    /// <summary>Rows of <paramref name="path"/> (an <c>embed</c> output) for every query and corpus id.</summary>
    /// <exception cref="UserInputException">An id has no embedding, or two different ones (which is meant is unknown).</exception>
    public static (EmbeddingMatrix Queries, EmbeddingMatrix Corpus) FromFile(string path, MiningInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (matrix, ids) = EmbeddingsFile.Read(path);
        var row = new Dictionary<string, int>(StringComparer.Ordinal);
        var conflicting = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++)
            if (!row.TryAdd(ids[i], i) && !SameVector(matrix.Row(row[ids[i]]), matrix.Row(i)))
                conflicting.Add(ids[i]);                                         // one id, two different texts
        var ambiguous = input.Queries.Concat(input.Corpus).Select(t => t.Id).Where(conflicting.Contains).Distinct().ToList();
        if (ambiguous.Count > 0)
            throw new UserInputException($"'{path}' has different embeddings for {ambiguous.Count} id(s) the data uses, e.g. "
                                         + $"{string.Join(", ", ambiguous.Take(3))} (a question and an answer sharing an id?); "
                                         + "give every text its own id, or use --model, which embeds by position");
        var missing = input.Queries.Concat(input.Corpus).Where(t => !row.ContainsKey(t.Id)).Select(t => t.Id).ToList();
        if (missing.Count > 0)
            throw new UserInputException($"'{path}' has no embedding for {missing.Count} id(s), e.g. {string.Join(", ", missing.Take(3))}; "
                                         + "embed the same data file (`contrastive embed <data> -o emb.safetensors`) or use --model");
        return (Rows(matrix, input.Queries.Select(t => row[t.Id])), Rows(matrix, input.Corpus.Select(t => row[t.Id])));
    }

    /// <summary>Encodes with <paramref name="model"/>, or reuses <paramref name="cachePath"/> when it holds these texts.</summary>
    public static (EmbeddingMatrix Queries, EmbeddingMatrix Corpus, bool FromCache) Encode(string model, MiningInput input, string cachePath,
        EncodeOptions options, long seed, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        using var encoder = EncoderCatalog.Load(model, seed);
        var texts = input.Queries.Select(q => encoder.QueryPrefix + q.Text).Concat(input.Corpus.Select(c => c.Text)).ToList();
        var ids = input.Queries.Concat(input.Corpus).Select(t => t.Id).ToList();
        string hash = Hash(ids, texts);
        if (File.Exists(cachePath))
        {
            var (_, metadata) = Models.Checkpoints.SafeTensorsFile.Read(cachePath);
            if (metadata.GetValueOrDefault("model") == encoder.Name && metadata.GetValueOrDefault("texts_sha256") == hash)
            {
                var (cached, _) = EmbeddingsFile.Read(cachePath);
                return (Rows(cached, Enumerable.Range(0, input.Queries.Count)), Rows(cached, Enumerable.Range(input.Queries.Count, input.Corpus.Count)), true);
            }
        }
        var matrix = EmbeddingRunner.Encode(encoder, texts, options, new Progress<int>(done => progress?.Report((done, texts.Count))), cancellationToken);
        EmbeddingsFile.Write(cachePath, matrix, ids, new Dictionary<string, string> { ["model"] = encoder.Name, ["texts_sha256"] = hash });
        return (Rows(matrix, Enumerable.Range(0, input.Queries.Count)), Rows(matrix, Enumerable.Range(input.Queries.Count, input.Corpus.Count)), false);
    }

    /// <summary>Whether two rows embed the same text: an answer listed under several questions is embedded once per
    /// listing, and padding in different batches moves the floats slightly.</summary>
    private static bool SameVector(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        for (int i = 0; i < a.Length; i++)
            if (Math.Abs(a[i] - b[i]) > SameVectorTolerance)
                return false;
        return true;
    }

    private const float SameVectorTolerance = 1e-4f;

    private static EmbeddingMatrix Rows(EmbeddingMatrix matrix, IEnumerable<int> rows)
    {
        var list = rows.ToList();
        var values = new float[list.Count * matrix.Dimension];
        for (int i = 0; i < list.Count; i++)
            matrix.Row(list[i]).CopyTo(values.AsSpan(i * matrix.Dimension, matrix.Dimension));
        return new EmbeddingMatrix(values, list.Count, matrix.Dimension);
    }

    private static string Hash(IReadOnlyList<string> ids, IReadOnlyList<string> texts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (int i = 0; i < ids.Count; i++)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(ids[i]));
            sha.AppendData([0]);
            sha.AppendData(Encoding.UTF8.GetBytes(texts[i]));
            sha.AppendData([0]);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
