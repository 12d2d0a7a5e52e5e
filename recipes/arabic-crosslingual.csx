// arabic-crosslingual: make an English↔Arabic retrieval model by multilingual knowledge distillation (Reimers & Gurevych
// 2020). The teacher (pretrained minilm, English only) embeds the English side; the student (minilm-torch, the same weights,
// trainable) learns to put the English sentence and its Arabic translation at the teacher's English embedding, plus an
// in-batch ranking term between its two sides. Pairs: Quran verses of the training surahs and FreeDict word/phrase pairs
// whose English words occur in those verses. Then every held-out surah's English verse searches all held-out Arabic
// verses (and back), zero-shot minilm against the distilled student.
//
//   scripts/fetch-data.sh                                              # quran-json, quran-meta, FreeDict (once)
//   contrastive recipe recipes/arabic-crosslingual.csx                 # ~10 min on 2 quiet cores
//   contrastive recipe recipes/arabic-crosslingual.csx -- --smoke      # tiny sizes: checks the wiring in seconds
//   contrastive recipe recipes/arabic-crosslingual.csx -- --verses 5620 --dictionary 5489 --epochs 2
//
// Options (after --): --verses N (training verse pairs, default 1500), --dictionary N (FreeDict pairs, default 1500),
// --epochs N (1), --batch-size N (32), --max-length N (student tokens per text, 48), --learning-rate X (2e-4),
// --mnr-weight X (ranking term, 1; 0 = distillation only), --eval-max-length N (128), --test-verses N (0 = all held out),
// --quran DIR (an existing `data import quran` folder) or --quran-json FILE --quran-meta DIR --test-surahs N (12) to import one,
// --dictd-folder DIR (/usr/share/dictd) --dictionaries a,b (freedict-eng-ara,freedict-ara-eng), --smoke.
// Writes: data/ (the imported sets), student/metrics.jsonl and student/model/ (the checkpoint: --model student/model
// anywhere), eval/<model>-<direction>/metrics.json + per-query.tsv (for `contrastive report`), results.md (the table).

using ContrastiveTool.Core.Data.Importers;
using ContrastiveTool.Core.Data.Importers.Dictd;
using ContrastiveTool.Core.Data.Importers.Quran;
using ContrastiveTool.Core.Data.Triplets;

bool smoke = HasArg("smoke");
int verseCount = Arg("verses", smoke ? 8 : 1500, minimum: 0);
int dictionaryCount = Arg("dictionary", smoke ? 8 : 1500, minimum: 0);
int testCount = Arg("test-verses", smoke ? 16 : 0, minimum: 0);
int evalLength = Arg("eval-max-length", smoke ? 32 : 128, minimum: 3);
var options = new DistillationOptions(
    BatchSize: Arg("batch-size", 32, minimum: 2),
    Epochs: Arg("epochs", 1, minimum: 1),
    LearningRate: Arg("learning-rate", 2e-4, minimum: 0),
    MnrWeight: Arg("mnr-weight", 1.0, minimum: 0),
    MaxLength: Arg("max-length", smoke ? 16 : 48, minimum: 3),
    Seed: Seed);
options.Validate();
var metrics = MetricSpec.ParseList("recall@10,mrr@10");
int seed = (int)(Seed & int.MaxValue);

// 1. Data: the standard Quran split (whole surahs held out) and both FreeDict directions, imported into the output folder.
string quranFolder = Arg("quran", Path.Combine(Output, "data", "quran"));
if (!File.Exists(Path.Combine(quranFolder, "test.jsonl")))
    Step("import quran (held-out surahs)", () => new QuranImporter(new QuranOptions(Arg("quran-json", QuranOptions.DefaultQuranJson),
        Arg("quran-meta", QuranOptions.DefaultQuranMetaFolder), Arg("test-surahs", 12, minimum: 1), seed)).Import(quranFolder, null, CancellationToken));
var report = new ReadReport();
var train = Step("read quran train/test", () => new RankedQaReader().Read(Path.Combine(quranFolder, "train.jsonl"), report, CancellationToken).ToList());
var test = new RankedQaReader().Read(Path.Combine(quranFolder, "test.jsonl"), report, CancellationToken).ToList();
if (testCount > 0)
    test = SeededOrder.Sample(test, testCount, seed);
static ParallelPair Verse(RankedQaItem item) => new(item.Question.Text, item.Answers.First(a => a.Rank == 0).Body);

var dictionary = new List<ParallelPair>();
foreach (string name in Arg("dictionaries", "freedict-eng-ara,freedict-ara-eng").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
{
    string folder = Path.Combine(Output, "data", name);
    if (!File.Exists(Path.Combine(folder, "pairs.jsonl")))
        Step($"import {name}", () => new DictdImporter(new DictdOptions(name, Arg("dictd-folder", ImportSources.DictdFolder))).Import(folder, null, CancellationToken));
    dictionary.AddRange(new TripletReader(requireNegatives: false).Read(Path.Combine(folder, "pairs.jsonl"), report, CancellationToken)
        .Select(r => ParallelPair.Oriented(r.Anchor, r.Positives[0], ArabicNormalizer.ContainsArabic)).OfType<ParallelPair>());
}
// Only dictionary pairs whose English words all occur in the training verses: the Quran's vocabulary, not "electromechanical".
var quranWords = train.SelectMany(i => Words(i.Question.Text)).ToHashSet(StringComparer.Ordinal);
var inDomain = dictionary.Where(p => Words(p.Source).All(quranWords.Contains)).DistinctBy(p => (p.Source.ToLowerInvariant(), p.Translation)).ToList();
static IEnumerable<string> Words(string text) =>
    text.ToLowerInvariant().Split(' ', ',', '.', ';', ':', '!', '?', '"', '(', ')', '[', ']', '-', '\'').Where(w => w.Length > 0);

var pairs = SeededOrder.Sample(train.Select(Verse).ToList(), verseCount, seed)
    .Concat(SeededOrder.Sample(inDomain, dictionaryCount, seed)).ToList();
Log($"pairs: {Math.Min(verseCount, train.Count)} verses of {train.Count} (training surahs) + {Math.Min(dictionaryCount, inDomain.Count)} " +
    $"FreeDict pairs of {inDomain.Count} in the Quran's English vocabulary ({dictionary.Count} in all); test: {test.Count} held-out verses");

// 2. Can the student read Arabic at all? MiniLM's vocabulary spells normalised Arabic letter by letter (## pieces).
var arabic = pairs.Select(p => p.Translation).Concat(test.Select(i => Verse(i).Translation)).ToList();
var vocabulary = PackagedModel.MiniLm.CreateTokenizer().Vocabulary;
var raw = UnknownTokenRate.Measure(WordPieceTextTokenizer.FromVocabulary(vocabulary, normalizeArabic: false), arabic);
var normalised = UnknownTokenRate.Measure(WordPieceTextTokenizer.FromVocabulary(vocabulary, normalizeArabic: true), arabic);
Table("[UNK] in the Arabic texts (MiniLM's WordPiece vocabulary)", ["Arabic", "[UNK] pieces", "words lost", "pieces per word"],
[
    ["as published", P(raw.Rate), P(raw.WordRate), F2(raw.PiecesPerWord)],
    ["normalised (used)", P(normalised.Rate), P(normalised.WordRate), F2(normalised.PiecesPerWord)],
]);

// 3. Teacher targets, then distillation.
var teacher = Step("load teacher minilm", () => EncoderCatalog.Load("minilm", Seed));
var targets = Step($"teacher embeds {pairs.Count} English sources", pairs.Count, progress => EmbeddingRunner.Encode(
    teacher, pairs.Select(p => p.Source).ToList(), new EncodeOptions(32, 256), progress, CancellationToken));
var student = Step("load student minilm-torch", () => EncoderCatalog.MiniLmTorch(seed: Seed));
int total = Enumerable.Range(0, options.Epochs).Sum(e => DistillationBatches.Build(new int[pairs.Count], options.BatchSize, Seed, e).Count);
var result = Step($"distil ({options.Epochs} epoch(s), batch {options.BatchSize}, max length {options.MaxLength})", total, progress =>
    new DistillationTrainer().Run(student, pairs, targets, options, Path.Combine(Output, "student"), new StepsDone(progress), CancellationToken));
Log($"{result.Steps} steps, {result.SecondsPerStep:F2} s/step; loss {result.FirstLoss:F3} → {result.LastLoss:F3}; checkpoint {result.ModelFolder}");

// 4. Held-out retrieval, both directions, zero-shot teacher vs distilled student.
var ids = test.Select(i => i.Question.Id).ToList();
var english = test.Select(i => Verse(i).Source).ToList();
var arabicTest = test.Select(i => Verse(i).Translation).ToList();
var bootstrap = new Bootstrap(seed: Seed);
var rows = new List<IReadOnlyList<string>>();
var zeroShotRecall = new Dictionary<string, double>();
foreach (var (label, encoder) in new (string, ITextEncoder)[] { ("zero-shot", teacher), ("distilled", student) })
{
    var eval = new EncodeOptions(32, evalLength);
    var en = Step($"{label}: embed {english.Count} English verses", english.Count, p => EmbeddingRunner.Encode(encoder, english, eval, p, CancellationToken));
    var ar = Step($"{label}: embed {arabicTest.Count} Arabic verses", arabicTest.Count, p => EmbeddingRunner.Encode(encoder, arabicTest, eval, p, CancellationToken));
    foreach (var (direction, queries, documents) in new[] { ("en→ar", en, ar), ("ar→en", ar, en) })
    {
        var judged = ParallelRetrievalTest.Evaluate(ids, queries, documents, metrics, MetricOptions.Standard, CancellationToken);
        var summaries = judged.Metrics.Select(bootstrap.Summarise).ToList();
        string code = direction == "en→ar" ? "en-ar" : "ar-en";
        string system = $"{label}-{code}";
        MetricsFileWriter.Write(Path.Combine(Output, "eval", system), label == "zero-shot" ? "minilm" : result.ModelFolder,
            $"{Path.Combine(quranFolder, "test.jsonl")} ({direction}: {test.Count} held-out verses)", "retrieval", judged, summaries);
        if (label == "zero-shot")
            zeroShotRecall[code] = summaries[0].Mean;
        string ratio = label == "zero-shot" ? "1×" : zeroShotRecall[code] > 0 ? $"{summaries[0].Mean / zeroShotRecall[code]:F1}×" : "n/a";
        rows.Add([direction, label == "zero-shot" ? "minilm (zero-shot)" : "distilled student", F(summaries[0].Mean), F(summaries[1].Mean), ratio]);
    }
}
teacher.Dispose();
student.Dispose();
rows = rows.OrderBy(r => r[0] == "en→ar" ? 0 : 1).ToList();
string title = $"{test.Count} held-out verses: each searches all {test.Count} verses of the other language (chance Recall@10 = {F(Math.Min(1, 10.0 / test.Count))})";
string[] columns = ["direction", "model", "Recall@10", "MRR@10", "Recall@10 vs zero-shot"];
Table(title, columns, rows);
File.WriteAllText(Path.Combine(Output, "results.md"), $"{title}\n\n| {string.Join(" | ", columns)} |\n|{string.Concat(columns.Select(_ => "---|"))}\n" +
    string.Concat(rows.Select(r => $"| {string.Join(" | ", r)} |\n")));
Log($"wrote results.md, eval/<model>-<direction>/metrics.json and the student in {result.ModelFolder}; compare with: contrastive report " +
    $"{Path.Combine(Output, "eval", "zero-shot-en-ar", "metrics.json")} {Path.Combine(Output, "eval", "distilled-en-ar", "metrics.json")} --names zero-shot,distilled");

static string F(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
static string F2(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
static string P(double value) => (100 * value).ToString("F1", CultureInfo.InvariantCulture) + " %";

/// <summary>The trainer reports steps; a recipe step's bar counts units.</summary>
sealed class StepsDone(IProgress<int> bar) : IProgress<TrainProgress>
{
    public void Report(TrainProgress value) => bar.Report(value.Step);
}
