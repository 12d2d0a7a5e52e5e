namespace ContrastiveTool.Core.Data.Importers.Quran;

/// <summary>What <see cref="QuranImporter"/> builds.</summary>
/// <param name="QuranJson">npm quran-json's <c>dist/quran_en.json</c> (Arabic + Saheeh International English).</param>
/// <param name="QuranMetaFolder">The npm quran-meta package folder (its <c>src/lists/HafsLists.ts</c> has the rukuʿ list).</param>
/// <param name="TestSurahs">How many whole surahs, chosen with the seed, are held out in <c>test.jsonl</c> (default 12; 0 = no test file).</param>
/// <param name="Seed">Fixes the held-out surahs and the sample of same-rukuʿ answers.</param>
/// <param name="MaxSameRuku">At most this many other verses of the rukuʿ per question (score 1; default 10).</param>
public sealed record QuranOptions(string QuranJson, string QuranMetaFolder, int TestSurahs = 12, int Seed = 42, int MaxSameRuku = 10)
{
    /// <summary>Where scripts/fetch-data.sh installs quran-json's file.</summary>
    public static string DefaultQuranJson => Path.Combine(ImportSources.NpmPackage("quran-json"), "dist", "quran_en.json");

    /// <summary>Where scripts/fetch-data.sh installs quran-meta.</summary>
    public static string DefaultQuranMetaFolder => ImportSources.NpmPackage("quran-meta");

    public void Validate()
    {
        if (TestSurahs is < 0 or > 113)
            throw new UserInputException($"--test-surahs must be between 0 and 113 (of 114), got {TestSurahs}");
        if (MaxSameRuku < 0)
            throw new UserInputException($"--max-same-ruku must be ≥ 0, got {MaxSameRuku}");
    }
}
