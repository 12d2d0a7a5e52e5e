using ContrastiveTool.Core.Data.RankedQa;

namespace ContrastiveTool.Core.Data.Importers.WordNet;

/// <summary><c>data import wordnet</c>: a reverse-dictionary ranked-QA set from WordNet 3.1's data files.</summary>
/// <remarks>A synset qualifies when its definition is not empty and it has at least one hypernym or hyponym
/// answer (so every question has a positive and a hard negative). The qualifying synsets are shuffled with
/// the seed; the first <c>Test</c> go to <c>test.jsonl</c>, the next <c>Train</c> to <c>train.jsonl</c> —
/// question synsets never appear in both (answers may: a train question's hypernym can be a test question).
/// Each file is in synset-id order. See <see cref="ReverseDictionaryQuestion"/> for the answers.</remarks>
public sealed class WordNetImporter(WordNetOptions options)
{
    private static readonly (char Pos, string File)[] DataFiles = [('n', "data.noun"), ('v', "data.verb"), ('a', "data.adj"), ('r', "data.adv")];

    /// <summary>Reads the data files and writes <c>train.jsonl</c> and <c>test.jsonl</c> into <paramref name="outputFolder"/>.</summary>
    public ImportSummary Import(string outputFolder, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        options.Validate();
        string folder = ImportSources.RequireFolder(options.DictFolder, "the WordNet dict folder");
        var lexicographerFiles = LexicographerFiles.For(folder);
        var synsets = new Dictionary<string, WordNetSynset>(StringComparer.Ordinal);
        var files = DataFiles.Where(f => options.PartsOfSpeech.Contains(f.Pos)).ToList();
        foreach (var (index, (_, name)) in files.Index())
        {
            progress?.Report(new ImportProgress($"reading {name}", index, files.Count));
            foreach (var synset in WordNetDataFileParser.Read(ImportSources.RequireFile(Path.Combine(folder, name), $"WordNet's {name}"), lexicographerFiles))
                synsets[synset.Id] = synset;
            cancellationToken.ThrowIfCancellationRequested();
        }

        var builder = new ReverseDictionaryQuestion(synsets, options.MaxPerGrade);
        var qualifying = synsets.Values
            .Where(s => WordNetGloss.Definition(s.Gloss).Length > 0 && builder.Related(s).Count > 0)
            .Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        if (qualifying.Count < options.Train + options.Test)
            throw new UserInputException($"only {qualifying.Count:N0} synsets qualify (a definition and a hypernym or hyponym); ask for fewer with --train and --test");
        var chosen = SeededOrder.Shuffle(qualifying, options.Seed);
        var split = new[] { ("train", chosen.Skip(options.Test).Take(options.Train)), ("test", chosen.Take(options.Test)) }
            .Where(s => s.Item2.Any()).ToList();

        using var outputs = new ImportOutputs(outputFolder);
        var writers = split.Select(s => new RankedQaWriter(outputs.Open(s.Item1, s.Item1 + ".jsonl"))).ToList();
        long done = 0;
        foreach (var ((role, ids), writer) in split.Zip(writers))
            foreach (string id in ids.Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.Write(builder.Build(synsets[id], SeedFor(id)));
                progress?.Report(new ImportProgress($"writing {role}.jsonl", ++done, options.Train + options.Test));
            }
        var written = outputs.Commit();
        return new ImportSummary("wordnet", folder, written,
        [
            new("synsets read", synsets.Count),
            new("synsets with a definition and a hypernym or hyponym", qualifying.Count),
            new("train questions", options.Train),
            new("test questions", options.Test),
        ]);
    }

    // One seed per synset, from the run's seed and the synset's id (stable whatever else is chosen).
    private int SeedFor(string id) => SeededOrder.Derive(options.Seed, long.Parse(id.AsSpan(1)) * 4 + "nvar".IndexOf(id[0]));
}
