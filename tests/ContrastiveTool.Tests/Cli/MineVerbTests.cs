using System.Text.Json;
using ContrastiveTool.Cli;
using ContrastiveTool.Core.Mining.Output;
using ContrastiveTool.Core.Models.Checkpoints;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Cli;

/// <summary><c>contrastive mine</c> and <c>cluster</c> end to end on the bundled sample (60 questions, 180 answers), with
/// the fast <c>bow</c> encoder.</summary>
public sealed class MineVerbTests
{
    private static string Sample => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "data", "sample", "ranked-qa.jsonl");

    private static List<JsonElement> Rows(string path) =>
        File.ReadLines(path).Select(line => JsonDocument.Parse(line).RootElement).ToList();

    [Fact]
    public void Mine_TieredOnTheSample_TwelvePerPairInProportionWithTensorsPlotAndNoTrueSource()
    {
        using var folder = new TempFolder();
        string output = folder.File("mined.jsonl");

        var result = CliRunner.Run("mine", Sample, "--strategy", "tiered", "--model", "bow", "-k", "6", "-o", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("tier counts match the proportions", result.Output);
        var rows = Rows(output);
        Assert.Equal(60, rows.Count);
        foreach (var row in rows)
        {
            var negatives = row.GetProperty("negatives").EnumerateArray().ToList();
            Assert.Equal(12, negatives.Count);
            Assert.DoesNotContain(negatives, n => n.GetProperty("id").GetString() == row.GetProperty("positive_id").GetString());
            Assert.Equal([3, 4, 3, 2], Enumerable.Range(1, 4).Select(t => negatives.Count(n => n.GetProperty("tier").GetInt32() == t)));
        }
        var (tensors, metadata) = SafeTensorsFile.Read(folder.File("mined.safetensors"));
        Assert.Equal([60L, 12L], tensors[MinedTensorsWriter.NegativesTensor].Shape);
        Assert.Equal("I64", tensors[MinedTensorsWriter.TiersTensor].DType);
        Assert.Equal("tiered", metadata["strategy"]);
        Assert.True(new FileInfo(folder.File("mined.png")).Length > 1000);
    }

    [Fact]
    public void Mine_SameSeedTwice_ByteIdenticalOutputAndTheCacheIsReused()
    {
        using var folder = new TempFolder();
        string a = folder.File("a.jsonl"), b = folder.File("b.jsonl"), cache = folder.File("cache.safetensors");

        var first = CliRunner.Run("mine", Sample, "--strategy", "semi_hard", "--model", "bow", "--cache", cache, "--seed", "3", "-o", a);
        var second = CliRunner.Run("mine", Sample, "--strategy", "semi_hard", "--model", "bow", "--cache", cache, "--seed", "3", "-o", b);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains("(encoded:", first.Output);
        Assert.Contains("(cache:", second.Output);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void Mine_HardWithHnswIndexSavedAndReloaded_SameNegativesAsExact()
    {
        // 250 texts: HNSW's beam (64) covers the graph, so its top-k equals the exact search's; a saved index is reused.
        using var folder = new TempFolder();
        string exact = folder.File("exact.jsonl"), hnsw = folder.File("hnsw.jsonl"), again = folder.File("again.jsonl");
        string cache = folder.File("cache.safetensors"), index = folder.File("corpus.hnsw");
        string[] common = ["mine", Sample, "--strategy", "hard", "--negatives", "4", "--model", "bow", "--cache", cache];

        Assert.Equal(ExitCodes.Ok, CliRunner.Run([.. common, "-o", exact]).ExitCode);
        Assert.Equal(ExitCodes.Ok, CliRunner.Run([.. common, "--index-kind", "hnsw", "--index", index, "-o", hnsw]).ExitCode);
        Assert.True(File.Exists(index));
        Assert.Equal(ExitCodes.Ok, CliRunner.Run([.. common, "--index-kind", "hnsw", "--index", index, "-o", again]).ExitCode);

        Assert.Equal(File.ReadAllBytes(exact), File.ReadAllBytes(hnsw));
        Assert.Equal(File.ReadAllBytes(exact), File.ReadAllBytes(again));
    }

    [Fact]
    public void Mine_UnknownIndexKind_UserErrorWithSuggestion()
    {
        var result = CliRunner.Run("mine", Sample, "--index-kind", "hsnw", "-o", "unused.jsonl");

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains("did you mean 'hnsw'", result.Errors);
    }

    [Fact]
    public void Mine_RangeWithEmbeddingsToSentenceTransformersAndScores_WritesEveryOutput()
    {
        using var folder = new TempFolder();
        string embeddings = folder.File("emb.safetensors"), output = folder.File("mined.jsonl"), scores = folder.File("scores.jsonl");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("embed", Sample, "--model", "bow", "-o", embeddings).ExitCode);

        var result = CliRunner.Run("mine", Sample, "--strategy", "range", "--embeddings", embeddings, "--negatives", "3", "--relative-margin", "0.05",
                                   "--exclude-same-question", "--to", "sentence-transformers", "--scores-out", scores, "--scores-depth", "5", "-o", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("same-question", result.Output);
        var training = Rows(folder.File("mined.sentence-transformers.jsonl"));
        Assert.NotEmpty(training);
        Assert.True(training[0].TryGetProperty("negative_3", out _));
        var scored = Rows(scores);
        Assert.Equal(60, scored.Count);
        Assert.Equal(5, scored[0].GetProperty("candidates").GetArrayLength());
        Assert.False(File.Exists(folder.File("mined.safetensors")));   // tensors are tiered's
    }

    [Fact]
    public void Mine_CategoryFromAField_NoNegativeSharesTheQuestionsCategory()
    {
        using var folder = new TempFolder();
        var lines = File.ReadLines(Sample).Select((line, i) => line.TrimEnd().TrimEnd('}') + $", \"category\": \"c{i % 4}\"}}").ToList();
        string data = folder.Write("qa.jsonl", string.Join("\n", lines) + "\n");
        string output = folder.File("mined.jsonl");

        var result = CliRunner.Run("mine", data, "--strategy", "category", "--category-field", "category", "--model", "bow", "--negatives", "3", "-o", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var categoryOf = Rows(data).SelectMany(r => r.GetProperty("answers").EnumerateArray()
                                       .Select(a => (Id: a.GetProperty("id").GetString()!, Category: r.GetProperty("category").GetString()!)))
                                   .ToDictionary(x => x.Id, x => x.Category);
        var questions = Rows(data).ToDictionary(r => r.GetProperty("question").GetProperty("id").GetString()!, r => r.GetProperty("category").GetString());
        foreach (var row in Rows(output))
            Assert.DoesNotContain(row.GetProperty("negatives").EnumerateArray(),
                                  n => categoryOf[n.GetProperty("id").GetString()!] == questions[row.GetProperty("query_id").GetString()!]);
    }

    [Theory]
    [InlineData("--strategy", "tired", "did you mean 'tiered'")]
    [InlineData("--tier-proportions", "3,4,3", "--tier-proportions needs four counts")]
    [InlineData("--to", "sbert", "unknown --to format")]
    [InlineData("--strategy", "category", "--category-field")]
    public void Mine_BadOption_ExitsOneWithAMessageAndWritesNothing(string option, string value, string message)
    {
        using var folder = new TempFolder();
        string output = folder.File("mined.jsonl");

        var result = CliRunner.Run("mine", Sample, option, value, "--model", "bow", "-o", output);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Contains(message, result.Errors.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Cluster_SampleEmbeddings_WritesAssignmentsCentroidsAndPrintsSizes()
    {
        using var folder = new TempFolder();
        string embeddings = folder.File("emb.safetensors");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("embed", Sample, "--model", "bow", "-o", embeddings).ExitCode);

        var result = CliRunner.Run("cluster", embeddings, "-k", "5", "--seed", "1", "-o", folder.Path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("into 5 clusters", result.Output);
        Assert.Contains("cluster sizes", result.Output);
        var clusters = JsonDocument.Parse(File.ReadAllText(folder.File("clusters.json"))).RootElement;
        Assert.Equal(5, clusters.GetProperty("k").GetInt32());
        Assert.Equal(250, clusters.GetProperty("assignments").EnumerateObject().Count());
        Assert.Equal(250, clusters.GetProperty("sizes").EnumerateArray().Sum(s => s.GetInt32()));
        Assert.True(File.Exists(folder.File("clusters.centroids.safetensors")));
    }

    [Fact]
    public void Mine_WithClustersFromTheClusterVerb_UsesThem()
    {
        using var folder = new TempFolder();
        string embeddings = folder.File("emb.safetensors"), output = folder.File("mined.jsonl");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("embed", Sample, "--model", "bow", "-o", embeddings).ExitCode);
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("cluster", embeddings, "-k", "4", "-o", folder.File("c.json")).ExitCode);

        var result = CliRunner.Run("mine", Sample, "--strategy", "cluster", "--embeddings", embeddings, "--clusters", folder.File("c.json"), "-o", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("c.json", result.Output);
        Assert.Equal(60, Rows(output).Count);
    }
}
