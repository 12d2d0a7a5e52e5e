using System.ComponentModel;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.DataImport;

public sealed class ImportQuranSettings : ImportSettings
{
    [CommandOption("--quran-json <FILE>")]
    [Description("npm quran-json's dist/quran_en.json (Arabic + Saheeh International). Default: where scripts/fetch-data.sh puts it.")]
    public string? QuranJson { get; init; }

    [CommandOption("--quran-meta <DIR>")]
    [Description("The npm quran-meta package folder (rukuʿ boundaries in src/lists/HafsLists.ts). Default: where scripts/fetch-data.sh puts it.")]
    public string? QuranMeta { get; init; }

    [CommandOption("--test-surahs <N>")]
    [Description("Whole surahs held out in test.jsonl, drawn with the seed; 0 = no test file.")]
    [DefaultValue(12)]
    public int TestSurahs { get; init; } = 12;

    [CommandOption("--max-same-ruku <N>")]
    [Description("At most N other verses of the same rukuʿ per question (score 1), a seeded sample.")]
    [DefaultValue(10)]
    public int MaxSameRuku { get; init; } = 10;

    [CommandOption("--seed <N>")]
    [Description("Fixes the held-out surahs and the sampled answers.")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;
}
