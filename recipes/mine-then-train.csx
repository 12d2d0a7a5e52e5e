// mine-then-train: embed → cluster → tiered mine → train with a curriculum over the mined tiers → judge on held-out data.
//
//   contrastive recipe recipes/mine-then-train.csx                      # data/wordnet, 500 questions, minilm-torch
//   contrastive recipe recipes/mine-then-train.csx -- --limit 3000 --epochs 2
//   contrastive recipe recipes/mine-then-train.csx -- --smoke           # bow on 50 questions, seconds
//
// 1. embed the training questions and answers with the miner's encoder (--miner-model, default minilm);
// 2. cluster the answers with ML.NET k-means (k = √(answers/2), or --clusters);
// 3. mine 12 negatives per question with the 4-tier miner, 3/4/3/2 per tier (1 in-cluster, 2 adjacent cluster,
//    3 high similarity, 4 random);
// 4. train --model (default minilm-torch) with mnr on the mined negatives and the tier curriculum: easy = the random
//    tier 4, medium = tiers 3–4, hard = every tier, --epochs epochs per stage (--curriculum difficulty|none also work);
// 5. judge the starting model (zero-shot) and the trained one on the held-out test file with the standardized evaluator.
//
// Options: --data (a folder with train.jsonl and test.jsonl, default data/wordnet), --limit (training questions, 500),
// --test-limit (held-out questions, all), --epochs (per stage, 1), --model, --miner-model, --batch-size (32),
// --max-length (64), --learning-rate (5e-5), --curriculum (tier), --clusters, --smoke.
// Writes: train-questions.jsonl, embeddings.safetensors, clusters.json, mined.jsonl (+ .safetensors, .png), train/
// (metrics.jsonl, model/), zero-shot/ and trained/ (metrics.json + per-query.tsv), report/ (report.md, csv, charts).
#load "shared/held-out.csx"

bool smoke = HasArg("smoke");
string data = Arg("data", Path.Combine(ScriptFolder, "..", "data", "wordnet"));
string model = Arg("model", smoke ? "bow" : "minilm-torch");
string minerModel = Arg("miner-model", smoke ? "bow" : "minilm");
int limit = int.Parse(Arg("limit", smoke ? "50" : "500"), CultureInfo.InvariantCulture);
int testLimit = int.Parse(Arg("test-limit", smoke ? "50" : "100000"), CultureInfo.InvariantCulture);
int epochs = int.Parse(Arg("epochs", "1"), CultureInfo.InvariantCulture);
int batchSize = int.Parse(Arg("batch-size", smoke ? "16" : "32"), CultureInfo.InvariantCulture);
int maxLength = int.Parse(Arg("max-length", smoke ? "32" : "64"), CultureInfo.InvariantCulture);
double learningRate = double.Parse(Arg("learning-rate", smoke ? "1e-3" : "5e-5"), CultureInfo.InvariantCulture);
string curriculum = Arg("curriculum", "tier");
var encode = new EncodeOptions(BatchSize: 64, MaxLength: maxLength);

string trainFile = Path.Combine(data, "train.jsonl"), testFile = Path.Combine(data, "test.jsonl");
foreach (string file in new[] { trainFile, testFile })
    if (!File.Exists(file))
        throw new UserInputException($"'{file}' does not exist: --data takes a folder with train.jsonl and test.jsonl (e.g. data/wordnet)");

// The first --limit questions of the training file, as a file of their own: mining and training read the same rows.
string questions = Path.Combine(Output, "train-questions.jsonl");
var items = Step($"read {limit} training questions", () =>
{
    var read = new RankedQaReader().Read(trainFile, new ReadReport(), CancellationToken).Take(limit).ToList();
    var writer = new RankedQaWriter(questions);
    try { read.ForEach(writer.Write); writer.Commit(); }
    finally { writer.Dispose(); }
    return read;
});
var test = Step("read the held-out questions", () => new RankedQaReader().Read(testFile, new ReadReport(), CancellationToken).Take(testLimit).ToList());
Log($"{items.Count} training questions ({items.Sum(i => i.Answers.Count)} answers), {test.Count} held-out questions");

// 1–2. embed (cached where the miner looks for it) and cluster the answers.
var input = RankedQaMiningInput.Build(items);
string embeddings = Path.Combine(Output, "embeddings.safetensors");
var (_, corpus, _) = Step($"embed {input.Queries.Count + input.Corpus.Count} texts with {minerModel}", input.Queries.Count + input.Corpus.Count,
    progress => MiningEmbeddings.Encode(minerModel, input, embeddings, encode, Seed, new Progress<(int Done, int Total)>(p => progress.Report(p.Done)), CancellationToken));
int k = HasArg("clusters") ? int.Parse(Arg("clusters", ""), CultureInfo.InvariantCulture) : KMeansOptions.DefaultK(corpus.Count);
string clustersFile = Path.Combine(Output, "clusters.json");
var clusters = Step($"cluster {corpus.Count} answers (ML.NET k-means, k = {k})", () =>
{
    var fitted = ClustererCatalog.Create("mlnet", new KMeansOptions(k, Seed: (int)Seed)).Fit(corpus, null, CancellationToken);
    ClusterFile.Write(clustersFile, fitted, input.Corpus.Select(c => c.Id).ToList());
    return fitted;
});
Log($"{clusters.K} clusters, sizes {clusters.Sizes.Min()}–{clusters.Sizes.Max()}, inertia {clusters.Inertia:F1}");

// 3. tiered mining with those embeddings (the cache above) and clusters.
string mined = Path.Combine(Output, "mined.jsonl");
var mine = Step("mine 12 negatives per question (tiered 3/4/3/2)", () => MineService.Run(new MineRequest(
    questions, "tiered", mined, new MinerSettings(TierProportions: [3, 4, 3, 2]), new MiningOptions(12, Seed),
    EmbeddingsPath: null, Model: minerModel, CachePath: embeddings, ClustersPath: clustersFile, new KMeansRequest(Seed: (int)Seed),
    CategoryField: null, To: null, ScoresOut: null, ScoresDepth: 0, encode), new ReadReport(), null, CancellationToken));
Table("mined negatives: s(question, negative) by tier", ["tier", "negatives", "p5", "median", "p95"],
      mine.Summary.ByTier.OrderBy(t => t.Key).Select(t => (IReadOnlyList<string>)[t.Key.ToString(CultureInfo.InvariantCulture),
          t.Value.Count.ToString(CultureInfo.InvariantCulture), F4(t.Value.P5), F4(t.Value.P50), F4(t.Value.P95)]).ToList());

// 4. train with mnr on the mined negatives, easy → hard.
var config = new TrainConfig
{
    Name = "mined-curriculum", DataPath = questions, TestSize = 0, Seed = Seed, Model = model, BatchSize = batchSize,
    LearningRate = learningRate, MaxLength = maxLength, BatchTransform = "mined", Negatives = mined, LossType = "mnr",
    Temperature = 0.05, Curriculum = curriculum, Epochs = epochs, CurriculumEpochs = [epochs, epochs, epochs],
    OutputDir = Path.Combine(Output, "train"),
};
var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
var trained = Step($"train {model} (mnr, mined negatives, {curriculum} curriculum)", 1, progress =>
    new Trainer().Run(new TrainRequest(config), new Progress<TrainProgress>(p => { if (p.Evaluation is null) progress.Report(p.Step); }), CancellationToken));
double cpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
Log($"trained {trained.Steps} steps, {trained.SecondsPerStep:F2} s/step wall, {cpuSeconds / Math.Max(1, trained.Steps):F2} s/step CPU");

// 5. judge both on the held-out questions.
JudgeHeldOut("zero-shot", model, test, encode, testFile);
JudgeHeldOut("trained", trained.ModelPath, test, encode, testFile);
CompareHeldOut($"{Path.GetFileName(Path.GetFullPath(data))}: {test.Count} held-out questions, standardized test", ["zero-shot", "trained"],
               ["mrr", "ndcg@10", "map@10", "recall@10", "accuracy@1", "hard_neg_accuracy", "mrr_hard_neg"]);
Log("wrote zero-shot/metrics.json, trained/metrics.json and report/ (contrastive report reads the metrics files)");
