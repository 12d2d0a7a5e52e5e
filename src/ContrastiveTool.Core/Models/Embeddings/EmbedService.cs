using System.Diagnostics;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Models.Embeddings;

/// <summary>Reads texts, encodes them with the requested model and writes the embeddings file with its ids sidecar.</summary>
public static class EmbedService
{
    /// <summary>Runs <paramref name="request"/>; <paramref name="progress"/> gets (texts done, total).</summary>
    public static EmbedResult Run(EmbedRequest request, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ComputeDevice.EnsureSupported(request.Device);
        var items = TextInputReader.Read(request.InputPath, request.Field, cancellationToken: cancellationToken);
        if (items.Count == 0)
            throw new UserInputException($"'{request.InputPath}' has no texts to embed");
        var clock = Stopwatch.StartNew();
        using var encoder = EncoderCatalog.Load(request.Model, request.Seed);
        var loadTime = clock.Elapsed;
        var texts = items.Select(i => i.IsQuery ? encoder.QueryPrefix + i.Text : i.Text).ToList();
        clock.Restart();
        var matrix = EmbeddingRunner.Encode(encoder, texts, request.Options,
                                            new Progress<int>(done => progress?.Report((done, texts.Count))), cancellationToken);
        var encodeTime = clock.Elapsed;
        var metadata = new Dictionary<string, string>
        {
            ["model"] = encoder.Name,
            ["max_length"] = request.Options.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        EmbeddingsFile.Write(request.OutputPath, matrix, items.Select(i => i.Id).ToList(), metadata);
        return new EmbedResult(encoder.Name, matrix.Count, matrix.Dimension, Path.GetFullPath(request.OutputPath),
                               Path.GetFullPath(EmbeddingsFile.IdsPath(request.OutputPath)), loadTime, encodeTime);
    }
}
