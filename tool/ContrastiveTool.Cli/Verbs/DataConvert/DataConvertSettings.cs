using System.ComponentModel;
using ContrastiveTool.Core.Data.Conversion;
using ContrastiveTool.Core.Data.Cpo;
using ContrastiveTool.Core.Data.Kto;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.DataConvert;

public sealed class DataConvertSettings : FileInputSettings
{
    [CommandOption("--from <FORMAT>")]
    [Description("The input's format: qa, triplet, nli, cpo or kto (KTO and triplet rows may mix their forms).")]
    public string From { get; init; } = "";

    [CommandOption("--to <FORMAT>")]
    [Description("The output's format: kto (= trl-kto), cpo, trl-cpo, triplets or sentence-transformers (which ones a --from supports: see the error message or the README).")]
    public string To { get; init; } = "";

    [CommandOption("-o|--output <FILE>")]
    [Description("The output file (JSON Lines, UTF-8); written to a temporary file and renamed at the end.")]
    public string Output { get; init; } = "";

    [CommandOption("--max-reject-ratio <RATIO>")]
    [Description("Exit 1 when more than this share of rows is rejected (the output is still written). Default 1: never.")]
    [DefaultValue(1.0)]
    public double MaxRejectRatio { get; init; } = 1.0;

    [CommandOption("--min-negatives <N>")]
    [Description("CPO: fewest negatives a row may have, synthetic ones included.")]
    [DefaultValue(1)]
    public int MinNegatives { get; init; } = 1;

    [CommandOption("--max-negatives <N>")]
    [Description("CPO: most distinct negatives a row may bring; a row with more is rejected.")]
    [DefaultValue(10)]
    public int MaxNegatives { get; init; } = 10;

    [CommandOption("--min-prompt-length <CHARS>")]
    [Description("CPO: shortest prompt (characters, trimmed).")]
    [DefaultValue(1)]
    public int MinPromptLength { get; init; } = 1;

    [CommandOption("--min-response-length <CHARS>")]
    [Description("CPO: shortest chosen or negative response (characters, trimmed).")]
    [DefaultValue(1)]
    public int MinResponseLength { get; init; } = 1;

    [CommandOption("--synthetic <LIST>")]
    [Description("CPO: add synthetic negatives, comma-separated: truncation, shuffle, negation, generic. Each is marked \"synthetic\": true.")]
    public string? Synthetic { get; init; }

    [CommandOption("--synthetic-per-row <N>")]
    [Description("CPO: most synthetic negatives added to one row (never past --max-negatives).")]
    [DefaultValue(2)]
    public int SyntheticPerRow { get; init; } = 2;

    [CommandOption("--rating-scale <MIN-MAX>")]
    [Description("KTO: the scale of ratings (a rating ≥ 80 % of the top is good), e.g. 1-5 or 1-10.")]
    [DefaultValue("1-5")]
    public string RatingScale { get; init; } = "1-5";

    [CommandOption("--ranking-take <K>")]
    [Description("KTO: from a ranking row, the best K are good and the worst K bad.")]
    [DefaultValue(1)]
    public int RankingTake { get; init; } = 1;

    [CommandOption("--balance")]
    [Description("KTO output: down-sample the larger of good and bad (seeded) to the smaller × (1 + tolerance).")]
    public bool Balance { get; init; }

    [CommandOption("--balance-tolerance <RATIO>")]
    [Description("KTO output with --balance: how much larger the larger class may stay.")]
    [DefaultValue(0.1)]
    public double BalanceTolerance { get; init; } = 0.1;

    [CommandOption("--negatives <N>")]
    [Description("sentence-transformers output: exactly N negative columns per row (rows with fewer are skipped and counted). Default: every negative.")]
    public int? Negatives { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("Seed of every random choice (synthetic negatives, balancing): the same seed gives the same output.")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;

    /// <summary>The Core request these options describe.</summary>
    public ConversionRequest ToRequest() => new(
        File, Output,
        new CpoOptions(MinNegatives, MaxNegatives, MinPromptLength, MinResponseLength,
            Synthetic?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), SyntheticPerRow, Seed).Validated(),
        new KtoOptions(Core.Data.Kto.RatingScale.Parse(RatingScale), RankingTake).Validated(),
        Balance ? new KtoBalance(BalanceTolerance, Seed) : null,
        Negatives);

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(From) || string.IsNullOrWhiteSpace(To))
            return ValidationResult.Error("give both formats, e.g. `contrastive data convert in.jsonl --from kto --to trl-kto -o out.jsonl`");
        if (string.IsNullOrWhiteSpace(Output))
            return ValidationResult.Error("give the output file with -o, e.g. -o out.jsonl");
        if (Path.GetFullPath(Output) == Path.GetFullPath(File))
            return ValidationResult.Error("the output would overwrite the input; give another -o file");
        if (MaxRejectRatio is < 0 or > 1 || double.IsNaN(MaxRejectRatio))
            return ValidationResult.Error($"--max-reject-ratio must be between 0 and 1, got {MaxRejectRatio}");
        return base.Validate();
    }
}
