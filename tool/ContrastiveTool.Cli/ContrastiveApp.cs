using System.Reflection;
using ContrastiveTool.Cli.Verbs.Compare;
using ContrastiveTool.Cli.Verbs.DataImport;
using ContrastiveTool.Cli.Verbs.DataConvert;
using ContrastiveTool.Cli.Verbs.Cluster;
using ContrastiveTool.Cli.Verbs.DataStats;
using ContrastiveTool.Cli.Verbs.Demo;
using ContrastiveTool.Cli.Verbs.DataValidate;
using ContrastiveTool.Cli.Verbs.Doctor;
using ContrastiveTool.Cli.Verbs.Embed;
using ContrastiveTool.Cli.Verbs.Eval;
using ContrastiveTool.Cli.Verbs.Losses;
using ContrastiveTool.Cli.Verbs.Recipe;
using ContrastiveTool.Cli.Verbs.Mine;
using ContrastiveTool.Cli.Verbs.Report;
using ContrastiveTool.Cli.Verbs.Train;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli;

/// <summary>The composition root: every verb, its help and examples, and error handling.</summary>
public static class ContrastiveApp
{
    /// <summary>The tool's version (from the assembly's informational version, without build metadata).</summary>
    public static string Version =>
        (typeof(ContrastiveApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];

    public static void Configure(IConfigurator config, IAnsiConsole errors)
    {
        ArgumentNullException.ThrowIfNull(config);
        var handler = new CliExceptionHandler(errors);
        config.SetApplicationName("contrastive");
        config.SetApplicationVersion(Version);
        config.SetExceptionHandler((exception, _) => handler.Handle(exception));
        config.ValidateExamples();
        config.AddExample("data", "validate", "qa.jsonl", "--format", "qa");
        config.AddExample("data", "stats", "qa.jsonl");
        config.AddExample("data", "import", "wordnet", "-o", "data/wordnet");
        config.AddExample("doctor");

        config.AddBranch("data", data =>
        {
            data.SetDescription("Check, describe and convert data files.");
            data.AddCommand<DataValidateVerb>("validate")
                .WithDescription("Check a data file row by row; every bad row goes to a rejects file with its line and reason.")
                .WithExample("data", "validate", "qa.jsonl")
                .WithExample("data", "validate", "qa.json", "--format", "qa", "--rejects", "bad-rows.jsonl")
                .WithExample("data", "validate", "qa.jsonl", "--json")
                .WithExample("data", "validate", "feedback.jsonl", "--format", "kto");
            data.AddCommand<DataStatsVerb>("stats")
                .WithDescription("Counts, answers per question, score and length distributions of a ranked-QA file.")
                .WithExample("data", "stats", "qa.jsonl")
                .WithExample("data", "stats", "qa.jsonl", "--json", "--max-reject-ratio", "0.2")
                .WithExample("data", "stats", "prefs.jsonl", "--format", "cpo");
            data.AddCommand<DataConvertVerb>("convert")
                .WithDescription("Convert between formats: KTO/CPO preference data, triplets, NLI and ranked QA to TRL and sentence-transformers layouts; bad rows go to a rejects file.")
                .WithExample("data", "convert", "feedback.jsonl", "--from", "kto", "--to", "trl-kto", "-o", "kto.jsonl", "--balance")
                .WithExample("data", "convert", "prefs.jsonl", "--from", "cpo", "--to", "trl-cpo", "-o", "pairs.jsonl", "--synthetic", "truncation,negation")
                .WithExample("data", "convert", "nli.jsonl", "--from", "nli", "--to", "sentence-transformers", "-o", "triplets.jsonl")
                .WithExample("data", "convert", "qa.jsonl", "--from", "qa", "--to", "triplets", "-o", "triplets.jsonl", "--rejects", "bad.jsonl");
            data.AddBranch("import", import =>
            {
                import.SetDescription("Build data sets from real corpora fetched by scripts/fetch-data.sh (npm, apt); never the network.");
                import.AddCommand<ImportWordNetVerb>("wordnet")
                    .WithDescription("WordNet 3.1 as reverse-dictionary ranked QA: gloss → the synset's words (3), hypernyms/hyponyms (2), co-hyponyms (1); split by synset.")
                    .WithExample("data", "import", "wordnet", "-o", "data/wordnet")
                    .WithExample("data", "import", "wordnet", "--train", "20000", "--test", "2000", "--seed", "7", "-o", "wordnet-big")
                    .WithExample("data", "import", "wordnet", "./wordnet-3.1/dict", "--pos", "n", "-o", "wordnet-nouns");
                import.AddCommand<ImportQuranVerb>("quran")
                    .WithDescription("The Quran as cross-lingual ranked QA: English verse → its Arabic (3), other verses of its rukuʿ (1); split by surah.")
                    .WithExample("data", "import", "quran", "-o", "quran")
                    .WithExample("data", "import", "quran", "--test-surahs", "20", "--max-same-ruku", "5", "-o", "quran-small");
                import.AddCommand<ImportDictdVerb>("dictd")
                    .WithDescription("An installed dictd dictionary as {\"anchor\", \"positive\"} pairs: headword ↔ definition, or ↔ translation for FreeDict.")
                    .WithExample("data", "import", "dictd", "freedict-ara-eng", "-o", "ara-eng")
                    .WithExample("data", "import", "dictd", "freedict-eng-ara", "--normalize-arabic", "-o", "eng-ara")
                    .WithExample("data", "import", "dictd", "gcide", "--limit", "10000", "-o", "gcide");
                import.AddCommand<ImportStackExchangeVerb>("stackexchange")
                    .WithDescription("A StackExchange dump in Kaggle's layout (Questions.csv, Answers.csv) as ranked QA; bad rows go to rejects files.")
                    .WithExample("data", "import", "stackexchange", "./statsquestions", "-o", "stats-qa")
                    .WithExample("data", "import", "stackexchange", "./statsquestions", "--limit", "5000", "-o", "stats-qa-5k");
            });
        });
        config.AddCommand<EmbedVerb>("embed")
            .WithDescription("Encode texts with a pretrained model, a small model or a checkpoint into an embeddings .safetensors file.")
            .WithExample("embed", "texts.txt", "-o", "emb.safetensors")
            .WithExample("embed", "qa.jsonl", "--model", "minilm-torch", "-o", "qa-emb.safetensors")
            .WithExample("embed", "rows.jsonl", "--field", "text", "--model", "./out/checkpoint-3", "-o", "emb.safetensors");
        config.AddCommand<ClusterVerb>("cluster")
            .WithDescription("k-means (ML.NET) over an embeddings file: each id's cluster, the centroids, sizes and inertia.")
            .WithExample("cluster", "emb.safetensors", "-k", "200", "-o", "clusters.json")
            .WithExample("cluster", "emb.safetensors", "-k", "50", "--seed", "7", "--max-iterations", "50", "-o", "out/");
        config.AddCommand<MineVerb>("mine")
            .WithDescription("Mine negatives for every question of a ranked-QA file: random, hard, semi_hard, range, cluster, category or tiered.")
            .WithExample("mine", "qa.jsonl", "--strategy", "tiered", "--negatives", "12", "--model", "minilm", "-o", "mined.jsonl")
            .WithExample("mine", "qa.jsonl", "--strategy", "range", "--embeddings", "qa-emb.safetensors", "--relative-margin", "0.05", "--to", "sentence-transformers", "-o", "mined.jsonl")
            .WithExample("mine", "qa.jsonl", "--strategy", "semi_hard", "--margin", "0.1", "--exclude-same-question", "--scores-out", "scores.jsonl", "-o", "mined.jsonl")
            .WithExample("mine", "qa.jsonl", "--strategy", "category", "--category-field", "category", "--embeddings", "qa-emb.safetensors", "-o", "mined.jsonl");
        config.AddCommand<EvalVerb>("eval")
            .WithDescription("Judge a ranking: a TREC run against qrels, or a model on ranked-QA data, with trec_eval's definitions (or the seed project's).")
            .WithExample("eval", "--qrels", "qrels.txt", "--run", "run.txt")
            .WithExample("eval", "--qrels", "qrels.txt", "--run", "run.txt", "--metrics", "mrr@10,ndcg@10,map@100", "--per-query", "per-query.tsv")
            .WithExample("eval", "--qrels", "qrels.txt", "--run", "run.txt", "--seed-compat", "--json")
            .WithExample("eval", "--model", "minilm", "--data", "qa.jsonl", "-o", "metrics.json");
        config.AddCommand<ReportVerb>("report")
            .WithDescription("Compare systems: their metrics files side by side in report.md, report.csv and PNG bar charts, with paired tests.")
            .WithExample("report", "bm25.json", "dense.json", "-o", "report")
            .WithExample("report", "runs/a.json", "runs/b.json", "--names", "baseline,tuned", "-o", "report");
        config.AddCommand<TrainVerb>("train")
            .WithDescription("Fine-tune a model: the seed project's batch transforms, presets and config keys; AdamW, evaluation, checkpoints, resume.")
            .WithExample("train", "--preset", "infonce_standard", "--data-path", "qa.jsonl")
            .WithExample("train", "--config", "cfg.json", "--epochs", "2", "--output-dir", "runs/a")
            .WithExample("train", "--config", "cfg.json", "--batch-transform", "mined", "--negatives", "mined.jsonl", "--loss-type", "mnr", "--curriculum", "difficulty")
            .WithExample("train", "--resume", "runs/a/checkpoint-step-40");
        config.AddCommand<CompareVerb>("compare")
            .WithDescription("Train several losses from one model on one split, judge them and the zero-shot model on one test set: report.md, report.csv, charts.")
            .WithExample("compare", "--config", "configs/compare-wordnet.json", "-o", "runs/compare")
            .WithExample("compare", "--config", "cmp.json", "-o", "out", "--limit", "500", "--epochs", "1")
            .WithExample("compare", "--config", "cmp.json", "-o", "out", "--runs", "infonce,triplet", "--model", "bow");
        config.AddCommand<DemoVerb>("demo")
            .WithDescription("The main job on the bundled WordNet data: mine tiered negatives, fine-tune MiniLM with three losses, compare with the zero-shot model; report in ./contrastive-demo.")
            .WithExample("demo")
            .WithExample("demo", "--train-questions", "2000", "--epochs", "2", "-o", "demo-big")
            .WithExample("demo", "--data", "my-qa-folder", "--seed", "7");
        config.AddCommand<LossesVerb>("losses")
            .WithDescription("List every loss: definition, defaults and the batch kinds it accepts.")
            .WithExample("losses")
            .WithExample("losses", "--json");
        config.AddCommand<RecipeVerb>("recipe")
            .WithDescription("Run a C# script recipe (.csx) that chains the tool's steps; arguments after -- go to the recipe.")
            .WithExample("recipe", "recipes/embed-and-search.csx")
            .WithExample("recipe", "recipes/embed-and-search.csx", "--", "--data", "qa.jsonl", "--model", "arctic-xs")
            .WithExample("recipe", "my-recipe.csx", "-o", "runs/first", "--seed", "7");
        config.AddCommand<DoctorVerb>("doctor")
            .WithDescription("Self-check: TorchSharp's native library, a tensor op, a backward pass and an optimiser step.")
            .WithExample("doctor")
            .WithExample("doctor", "--json");
    }
}
