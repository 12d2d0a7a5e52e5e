// preference-data: CPO and KTO preference files → triplets → ranked QA → range mining with a false-negative guard →
// train → judge on held-out data.
//
//   contrastive recipe recipes/preference-data.csx                      # builds CPO/KTO files from data/wordnet
//   contrastive recipe recipes/preference-data.csx -- --cpo my-cpo.jsonl --kto my-kto.jsonl
//   contrastive recipe recipes/preference-data.csx -- --smoke           # bow on 50 questions, seconds
//
// No real preference data set ships with the tool, so by default the recipe writes two from the bundled WordNet ranked QA
// (the first --limit training questions): cpo.jsonl from the first half (prompt = the gloss, chosen = the synset itself,
// negatives = its lower-ranked answers: hypernyms, hyponyms, co-hyponyms) and kto.jsonl from the second half (the synset
// good, every answer scored ≤ 1 — the co-hyponyms — bad). --cpo / --kto take your own files instead (any form the CPO
// and KTO readers accept). Then:
// 1. CPO → triplets and KTO → triplets (the Core converters, through the CPO and KTO readers: rejects are counted);
// 2. triplets → ranked QA (ids from the text, so the same text is the same document everywhere);
// 3. mine --negatives (5) per question with `range`: the top non-positive candidates by similarity, skipping any that
//    scores above s(a,p) − --margin (0.1): the false-negative guard (a near-copy of the positive is not a negative);
// 4. train --model (minilm-torch) with mnr on the mined negatives, --epochs (1);
// 5. judge the start (zero-shot) and the trained model on the held-out ranked QA (--test, default data/wordnet/test.jsonl).
//
// Options: --limit (1000), --test-limit (all), --negatives, --margin, --range-max (50), --epochs, --model, --miner-model
// (minilm), --batch-size (32), --max-length (64), --learning-rate (5e-5), --data (the QA the files are built from).
#load "shared/held-out.csx"

bool smoke = HasArg("smoke");
string data = Arg("data", Path.Combine(ScriptFolder, "..", "data", "wordnet", "train.jsonl"));
string testFile = Arg("test", Path.Combine(ScriptFolder, "..", "data", "wordnet", "test.jsonl"));
string model = Arg("model", smoke ? "bow" : "minilm-torch");
string minerModel = Arg("miner-model", smoke ? "bow" : "minilm");
int limit = int.Parse(Arg("limit", smoke ? "50" : "1000"), CultureInfo.InvariantCulture);
int testLimit = int.Parse(Arg("test-limit", smoke ? "50" : "100000"), CultureInfo.InvariantCulture);
int negatives = int.Parse(Arg("negatives", "5"), CultureInfo.InvariantCulture);
double margin = double.Parse(Arg("margin", "0.1"), CultureInfo.InvariantCulture);
int rangeMax = int.Parse(Arg("range-max", "50"), CultureInfo.InvariantCulture);
int epochs = int.Parse(Arg("epochs", "1"), CultureInfo.InvariantCulture);
int batchSize = int.Parse(Arg("batch-size", smoke ? "16" : "32"), CultureInfo.InvariantCulture);
int maxLength = int.Parse(Arg("max-length", smoke ? "32" : "64"), CultureInfo.InvariantCulture);
double learningRate = double.Parse(Arg("learning-rate", smoke ? "1e-3" : "5e-5"), CultureInfo.InvariantCulture);
var encode = new EncodeOptions(BatchSize: 64, MaxLength: maxLength);
if (!File.Exists(testFile))
    throw new UserInputException($"'{testFile}' does not exist: --test takes a ranked-QA file to judge the models on");

// 0. the preference files: the user's, or built from the ranked QA.
string cpo = Arg("cpo", ""), kto = Arg("kto", "");
if (cpo.Length == 0 || kto.Length == 0)
{
    if (!File.Exists(data))
        throw new UserInputException($"'{data}' does not exist: --data takes the ranked-QA file the CPO/KTO files are built from");
    var items = Step($"read {limit} questions of {Path.GetFileName(data)}", () => new RankedQaReader().Read(data, new ReadReport(), CancellationToken).Take(limit).ToList());
    var (cpoHalf, ktoHalf) = (items.Take(items.Count / 2).ToList(), items.Skip(items.Count / 2).ToList());
    if (cpo.Length == 0)
        cpo = Step($"write cpo.jsonl ({cpoHalf.Count} prompts)", () => WriteRows(Path.Combine(Output, "cpo.jsonl"), new CpoWriter(), cpoHalf.Select(i =>
            new CpoRow(i.Question.Text, i.Positive.Body, i.HardNegatives.Select(a => new CpoNegative(a.Body)).ToList(), null, i.Line))));
    if (kto.Length == 0)
        kto = Step($"write kto.jsonl ({ktoHalf.Count} prompts)", () => WriteRows(Path.Combine(Output, "kto.jsonl"), new KtoWriter(), ktoHalf.SelectMany(i =>
            i.HardNegatives.Where(a => a.Score <= 1).Select(a => new KtoRow(i.Question.Text, a.Body, false, i.Line))
                .Prepend(new KtoRow(i.Question.Text, i.Positive.Body, true, i.Line)))));
}

// 1–2. both files through their readers and converters to triplets, then one ranked-QA file.
var rows = new List<IReadOnlyList<string>>();
string ConvertFile(string from, string to, string input, string output)
{
    var report = new ReadReport();
    var summary = Step($"{from} → {to}", () => ConverterCatalog.Find(from, to).Convert(new ConversionRequest(input, output), report, CancellationToken));
    rows.Add([$"{from} → {to}", Path.GetFileName(input), report.Good.ToString(CultureInfo.InvariantCulture), report.Rejected.ToString(CultureInfo.InvariantCulture),
              summary.RowsOut.ToString(CultureInfo.InvariantCulture), string.Join("; ", summary.Skipped.Where(s => s.Value > 0).Select(s => $"{s.Value} {s.Key}"))]);
    return output;
}
string cpoTriplets = ConvertFile("cpo", "triplets", cpo, Path.Combine(Output, "cpo.triplets.jsonl"));
string ktoTriplets = ConvertFile("kto", "triplets", kto, Path.Combine(Output, "kto.triplets.jsonl"));
string triplets = Path.Combine(Output, "triplets.jsonl");
File.WriteAllLines(triplets, File.ReadLines(cpoTriplets).Concat(File.ReadLines(ktoTriplets)));
string questions = ConvertFile("triplet", "qa", triplets, Path.Combine(Output, "preference-qa.jsonl"));
Table("preference data → training questions", ["conversion", "input", "read", "rejected", "rows out", "skipped"], rows);

// 3. range mining with the margin guard.
string mined = Path.Combine(Output, "mined.jsonl");
var range = new RangeOptions(RangeMin: 0, RangeMax: rangeMax, Margin: margin);
var mine = Step($"mine {negatives} negatives per question (range ≤ {rangeMax}, margin {margin})", () => MineService.Run(new MineRequest(
    questions, "range", mined, new MinerSettings(Range: range), new MiningOptions(negatives, Seed), EmbeddingsPath: null, Model: minerModel,
    CachePath: null, ClustersPath: null, new KMeansRequest(Seed: (int)Seed), CategoryField: null, To: null, ScoresOut: null, ScoresDepth: 0, encode),
    new ReadReport(), null, CancellationToken));
var summary = mine.Summary;
Log($"{summary.Pairs} questions: s(a,p) median {F4(summary.Positive.P50)}, s(a,n) median {F4(summary.Negative.P50)}; "
    + $"skipped by the margin guard: {summary.Skips.GetValueOrDefault("margin")} candidates; rows short of {negatives}: {summary.ShortRows}");

// 4. train on the mined negatives.
var config = new TrainConfig
{
    Name = "preference-mined", DataPath = questions, TestSize = 0, Seed = Seed, Model = model, BatchSize = batchSize, Epochs = epochs,
    LearningRate = learningRate, MaxLength = maxLength, BatchTransform = "mined", Negatives = mined, LossType = "mnr", Temperature = 0.05,
    OutputDir = Path.Combine(Output, "train"),
};
var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
var trained = Step($"train {model} (mnr, mined negatives)", 1, progress =>
    new Trainer().Run(new TrainRequest(config), new Progress<TrainProgress>(p => { if (p.Evaluation is null) progress.Report(p.Step); }), CancellationToken));
double cpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
Log($"trained {trained.Steps} steps on {trained.TrainQuestions} questions, {trained.SecondsPerStep:F2} s/step wall, {cpuSeconds / Math.Max(1, trained.Steps):F2} s/step CPU");

// 5. judge both on the held-out questions.
var test = Step("read the held-out questions", () => new RankedQaReader().Read(testFile, new ReadReport(), CancellationToken).Take(testLimit).ToList());
JudgeHeldOut("zero-shot", model, test, encode, testFile);
JudgeHeldOut("trained", trained.ModelPath, test, encode, testFile);
CompareHeldOut($"{test.Count} held-out questions of {Path.GetFileName(testFile)}, standardized test", ["zero-shot", "trained"],
               ["mrr", "ndcg@10", "map@10", "recall@10", "accuracy@1", "hard_neg_accuracy", "mrr_hard_neg"]);
Log("wrote zero-shot/metrics.json, trained/metrics.json and report/ (contrastive report reads the metrics files)");

// Writes rows with a row writer through a temporary file; returns the path.
static string WriteRows<T>(string path, ContrastiveTool.Core.Data.Json.IRowWriter<T> writer, IEnumerable<T> rows)
{
    var file = new ContrastiveTool.Core.Data.Json.JsonLinesFileWriter(path);
    try
    {
        foreach (var row in rows)
            writer.Write(file, row);
        file.Commit();
    }
    finally { file.Dispose(); }
    return path;
}
