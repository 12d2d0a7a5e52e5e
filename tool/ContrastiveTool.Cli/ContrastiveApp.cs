using System.Reflection;
using ContrastiveTool.Cli.Verbs.DataStats;
using ContrastiveTool.Cli.Verbs.DataValidate;
using ContrastiveTool.Cli.Verbs.Doctor;
using ContrastiveTool.Cli.Verbs.Embed;
using ContrastiveTool.Cli.Verbs.Eval;
using ContrastiveTool.Cli.Verbs.Losses;
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
