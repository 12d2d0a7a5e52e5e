// embed-and-search: embed every question and answer of a ranked-QA file with a pretrained encoder, let each question
// search all the answers, and judge the ranking (the question's top-scored answer is the relevant one).
//
//   contrastive recipe recipes/embed-and-search.csx
//   contrastive recipe recipes/embed-and-search.csx -- --data my-qa.jsonl --model arctic-xs --metrics mrr@10,recall@5
//
// Writes to the output folder: metrics.json (the shape of `contrastive eval --json`, readable by `contrastive report`)
// and per-query.tsv (every question's value of every metric).

string data = Arg("data", Path.Combine(ScriptFolder, "..", "data", "sample", "ranked-qa.jsonl"));
string model = Arg("model", "minilm");
var metrics = MetricSpec.ParseList(Arg("metrics", "mrr@10,ndcg@10,map@10,recall@1,recall@10"));
var encode = new EncodeOptions(BatchSize: 32, MaxLength: 256);

var report = new ReadReport();
var items = Step($"read {Path.GetFileName(data)}", () => new RankedQaReader().Read(data, report, CancellationToken).ToList());
if (items.Count == 0)
    throw new UserInputException($"'{data}' has no valid question (rejected rows: {report.Rejected})");
var corpus = QaRetrievalTest.Corpus(items);
Log($"{items.Count} questions, {corpus.Count} answers ({report.Rejected} rows rejected)");

// (a script's top level has no `using var`: the encoder is disposed at the end)
var encoder = Step($"load {model}", () => EncoderCatalog.Load(model, Seed));
var questions = Step($"embed {items.Count} questions", items.Count, progress => EmbeddingRunner.Encode(
    encoder, items.Select(i => encoder.QueryPrefix + i.Question.Text).ToList(), encode, progress, CancellationToken));
var answers = Step($"embed {corpus.Count} answers", corpus.Count, progress => EmbeddingRunner.Encode(
    encoder, corpus.Select(a => a.Answer.Body).ToList(), encode, progress, CancellationToken));

encoder.Dispose();

var result = Step("search and judge", () => QaRetrievalTest.Evaluate(items, questions, answers, metrics, MetricOptions.Standard, CancellationToken));
var bootstrap = new Bootstrap(seed: Seed);
var summaries = result.Metrics.Select(bootstrap.Summarise).ToList();

Table($"{model}: {items.Count} questions search {corpus.Count} answers",
      ["metric", "mean", "95 % CI"],
      summaries.Select(s => (IReadOnlyList<string>)[s.Label, F(s.Mean), $"[{F(s.Lower)}, {F(s.Upper)}]"]).ToList());

MetricsFileWriter.Write(Output, model, Path.GetFullPath(data), "retrieval", result, summaries);
Log("wrote metrics.json and per-query.tsv");

static string F(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
