using System.Diagnostics;
using ContrastiveTool.Core.Clustering;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Mining.Output;
using ContrastiveTool.Core.Models.Encoders;

namespace ContrastiveTool.Core.Mining;

/// <summary><c>contrastive mine</c>: reads ranked QA, gets embeddings (file or model, cached), clusters when the strategy
/// needs it, mines, checks, and only then writes every output (so Ctrl+C leaves none).</summary>
/// <remarks>Outputs: the JSONL; for <c>tiered</c> the tensors <c>&lt;stem&gt;.safetensors</c> (+ <c>&lt;stem&gt;.ids.json</c>);
/// the histogram <c>&lt;stem&gt;.png</c>; with <c>--to</c> <c>&lt;stem&gt;.&lt;format&gt;.jsonl</c>; with <c>--scores-out</c> that file.</remarks>
public static class MineService
{
    public static MineReport Run(MineRequest request, ReadReport report, IProgress<MineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(report);
        var miner = MinerCatalog.Create(request.Strategy, request.Settings);
        if (request.To is { } to)
            NameLookup.Find(TrainingDataWriter.Formats, f => f, to, "--to format");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(request.OutputPath))!);
        var items = new RankedQaReader().Read(request.DataPath, report, cancellationToken).ToList();
        if (items.Count == 0)
            throw new UserInputException($"'{request.DataPath}' has no usable ranked-QA rows to mine from");
        var categories = request.CategoryField is { } field ? CategoryFieldReader.Read(request.DataPath, field, cancellationToken: cancellationToken) : null;
        if (categories is { Count: 0 })
            throw new UserInputException($"no row of '{request.DataPath}' has a category at '{request.CategoryField}' (or question.{request.CategoryField})");
        var input = RankedQaMiningInput.Build(items, categories);

        var clock = Stopwatch.StartNew();
        string source;
        EmbeddingMatrix queries, corpus;
        if (request.EmbeddingsPath is { } embeddings)
        {
            (queries, corpus) = MiningEmbeddings.FromFile(embeddings, input);
            source = embeddings;
        }
        else
        {
            string cache = request.CachePath ?? request.Stem + ".embeddings.safetensors";
            var embedProgress = new Progress<(int Done, int Total)>(p => progress?.Report(new MineProgress("embedding", p.Done, p.Total)));
            (queries, corpus, bool cached) = MiningEmbeddings.Encode(request.Model, input, cache, request.Encode, request.Options.Seed, embedProgress, cancellationToken);
            source = $"{request.Model} ({(cached ? "cache" : "encoded")}: {cache})";
        }
        var embedTime = clock.Elapsed;

        clock.Restart();
        ClusterResult? clusters = null;
        string? clusterSource = null;
        if (miner.NeedsClusters)
        {
            if (request.ClustersPath is { } path)
            {
                clusters = ClusterFile.Read(path, input.Corpus.Select(c => c.Id).ToList());
                clusterSource = path;
            }
            else
            {
                int k = request.KMeans.K ?? KMeansOptions.DefaultK(corpus.Count);
                progress?.Report(new MineProgress($"k-means, k = {k}", 0, 1));
                clusters = ClustererCatalog.Create(request.KMeans.Clusterer, new KMeansOptions(k, request.KMeans.MaxIterations, request.KMeans.Seed)).Fit(corpus, null, cancellationToken);
                clusterSource = $"k-means ({request.KMeans.Clusterer}), k = {clusters.K}, seed {request.KMeans.Seed}";
            }
        }
        var clusterTime = clock.Elapsed;

        clock.Restart();
        var mineProgress = new Progress<(long Done, long Total)>(p => progress?.Report(new MineProgress($"mining {miner.Name}", p.Done, p.Total)));
        var result = MiningEngine.Run(input, queries, corpus, miner, request.Options, clusters, mineProgress, cancellationToken);
        var mineTime = clock.Elapsed;
        var summary = MiningSummary.Of(result);
        if (!result.Validation.Passed)
            throw new InvalidOperationException("mining produced invalid negatives: "
                + string.Join("; ", summary.Checks.Where(c => !c.Passed).Select(c => $"{c.Check}: {c.Detail}")));

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new MineProgress("writing", 0, 1));
        var written = new List<string>();
        MinedJsonlWriter.Write(request.OutputPath, input, result);
        written.Add(request.OutputPath);
        if (miner is Strategies.TieredMiner)
        {
            MinedTensorsWriter.Write(request.Stem + ".safetensors", input, result, miner.Name, request.Options.Seed);
            written.Add(request.Stem + ".safetensors");
        }
        long trainingRows = 0;
        if (request.To is { } format)
        {
            string path = $"{request.Stem}.{format.ToLowerInvariant()}.jsonl";
            trainingRows = TrainingDataWriter.Write(path, format, input, result);
            written.Add(path);
        }
        if (request.ScoresOut is { } scoresOut)
        {
            using var corpusTensor = TorchSharp.torch.tensor(corpus.Values, [corpus.Count, corpus.Dimension]);
            var search = request.Options.CreateSearch(corpusTensor);
            ScoresFileWriter.Write(scoresOut, input, result, queries, search, request.ScoresDepth, cancellationToken: cancellationToken);
            written.Add(scoresOut);
        }
        TierHistogramWriter.Write(request.Stem + ".png", result, $"{miner.Name}: negative similarity by tier ({result.Pairs} pairs)");
        written.Add(request.Stem + ".png");
        return new MineReport(miner.Name, summary, written, source, clusterSource, trainingRows, embedTime, clusterTime, mineTime);
    }
}
