using System.Reflection;
using ContrastiveTool.Cli.Verbs.Cluster;
using ContrastiveTool.Cli.Verbs.DataStats;
using ContrastiveTool.Cli.Verbs.DataValidate;
using ContrastiveTool.Cli.Verbs.Doctor;
using ContrastiveTool.Cli.Verbs.Embed;
using ContrastiveTool.Cli.Verbs.Eval;
using ContrastiveTool.Cli.Verbs.Losses;
using ContrastiveTool.Cli.Verbs.Mine;
using ContrastiveTool.Cli.Verbs.Report;
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
        config.AddExample("doctor");

        config.AddBranch("data", data =>
        {
            data.SetDescription("Check, describe and convert data files.");
            data.AddCommand<DataValidateVerb>("validate")
                .WithDescription("Check a data file row by row; every bad row goes to a rejects file with its line and reason.")
                .WithExample("data", "validate", "qa.jsonl")
                .WithExample("data", "validate", "qa.json", "--format", "qa", "--rejects", "bad-rows.jsonl")
                .WithExample("data", "validate", "qa.jsonl", "--json");
            data.AddCommand<DataStatsVerb>("stats")
                .WithDescription("Counts, answers per question, score and length distributions of a ranked-QA file.")
                .WithExample("data", "stats", "qa.jsonl")
                .WithExample("data", "stats", "qa.jsonl", "--json", "--max-reject-ratio", "0.2");
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
        config.AddCommand<LossesVerb>("losses")
            .WithDescription("List every loss: definition, defaults and the batch kinds it accepts.")
            .WithExample("losses")
            .WithExample("losses", "--json");
        config.AddCommand<DoctorVerb>("doctor")
            .WithDescription("Self-check: TorchSharp's native library, a tensor op, a backward pass and an optimiser step.")
            .WithExample("doctor")
            .WithExample("doctor", "--json");
    }
}
