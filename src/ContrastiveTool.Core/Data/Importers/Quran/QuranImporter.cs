using ContrastiveTool.Core.Data.RankedQa;

namespace ContrastiveTool.Core.Data.Importers.Quran;

/// <summary><c>data import quran</c>: English verse → Arabic verse, a cross-lingual ranked-QA set.</summary>
/// <remarks>One question per verse: the English translation (category: the surah, e.g. <c>2 Al-Baqarah</c>). Answers
/// (id <c>surah:ayah</c>): the Arabic of the same verse, score 3; other Arabic verses of the same rukuʿ, score 1
/// (a seeded sample of at most <c>MaxSameRuku</c>, in verse order) — same theme, different verse: hard negatives.
/// Split by surah: <c>TestSurahs</c> whole surahs, drawn with the seed, form <c>test.jsonl</c>, the rest
/// <c>train.jsonl</c>; both in verse order.</remarks>
public sealed class QuranImporter(QuranOptions options)
{
    public const double SameVerseScore = 3, SameRukuScore = 1;

    /// <summary>Reads both packages and writes <c>train.jsonl</c> and <c>test.jsonl</c> into <paramref name="outputFolder"/>.</summary>
    public ImportSummary Import(string outputFolder, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        options.Validate();
        progress?.Report(new ImportProgress("reading quran-json and quran-meta", 0, 1));
        var surahs = QuranJsonReader.Read(ImportSources.RequireFile(options.QuranJson, "quran-json's quran_en.json"));
        var rukus = RukuBoundaries.Read(ImportSources.RequireFolder(options.QuranMetaFolder, "the quran-meta package"));
        var verses = surahs.SelectMany(s => s.Verses).ToList();
        if (verses.Count != rukus.Verses)
            throw new UserInputException($"quran-json has {verses.Count} verses but quran-meta's rukuʿ list covers {rukus.Verses}; use the versions scripts/fetch-data.sh pins");
        var rukuOf = verses.Select((_, index) => rukus.RukuOf(index + 1)).ToArray();
        var byRuku = Enumerable.Range(0, verses.Count).GroupBy(i => rukuOf[i]).ToDictionary(g => g.Key, g => g.ToList());
        var heldOut = SeededOrder.Shuffle(surahs.Select(s => s.Number), options.Seed).Take(options.TestSurahs).ToHashSet();
        var categories = surahs.ToDictionary(s => s.Number, s => s.Category);

        using var outputs = new ImportOutputs(outputFolder);
        var train = new RankedQaWriter(outputs.Open("train", "train.jsonl"));
        var test = options.TestSurahs > 0 ? new RankedQaWriter(outputs.Open("test", "test.jsonl")) : null;
        for (int index = 0; index < verses.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var verse = verses[index];
            var others = byRuku[rukuOf[index]].Where(i => i != index).ToList();
            var answers = new List<QaAnswer> { new(verse.Id, verse.Arabic, SameVerseScore, false, 0) };
            foreach (int other in SeededOrder.Sample(others, options.MaxSameRuku, SeededOrder.Derive(options.Seed, index)))
                answers.Add(new QaAnswer(verses[other].Id, verses[other].Arabic, SameRukuScore, false, answers.Count));
            var item = new RankedQaItem(new QaQuestion(QuestionId(verse.Id), verse.English, "", categories[verse.Surah]), answers, 0);
            (heldOut.Contains(verse.Surah) ? test! : train).Write(item);
            if (index % 256 == 0)
                progress?.Report(new ImportProgress("writing questions", index, verses.Count));
        }
        var written = outputs.Commit();
        return new ImportSummary("quran", options.QuranJson, written,
        [
            new("surahs", surahs.Count),
            new("verses", verses.Count),
            new("rukus", rukus.Count),
            new("held-out surahs", heldOut.Count),
        ]);
    }

    /// <summary>The id of the question that is the English of verse <paramref name="verseId"/>: the verse id plus
    /// <c>-en</c>, so that it differs from its top answer's (the Arabic verse) — one id per text, as embeddings files need.</summary>
    public static string QuestionId(string verseId) => verseId + "-en";
}
