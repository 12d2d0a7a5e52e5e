namespace ContrastiveTool.Core.Data.Importers.WordNet;

/// <summary>One synset of a WordNet data file.</summary>
/// <param name="Id">Part of speech (n, v, a, r) followed by the 8-digit byte offset, e.g. <c>n02084071</c>: unique across the four files.</param>
/// <param name="LexicographerFile">The lexicographer file's name, e.g. <c>noun.animal</c>.</param>
/// <param name="Lemmas">The words in file order, underscores turned into spaces, adjective markers such as (p) removed.</param>
/// <param name="Pointers">Every pointer in file order.</param>
/// <param name="Gloss">The gloss as written: definition(s) and quoted examples.</param>
public sealed record WordNetSynset(string Id, string LexicographerFile, IReadOnlyList<string> Lemmas,
    IReadOnlyList<WordNetPointer> Pointers, string Gloss)
{
    /// <summary>The synset written as an answer: its lemmas joined by ", ".</summary>
    public string Words => string.Join(", ", Lemmas);
}

/// <summary>A pointer from one synset to another.</summary>
/// <param name="Symbol">The pointer symbol, e.g. <c>@</c> hypernym, <c>@i</c> instance hypernym, <c>~</c> hyponym, <c>~i</c> instance hyponym.</param>
/// <param name="TargetId">The target synset's <see cref="WordNetSynset.Id"/>.</param>
public readonly record struct WordNetPointer(string Symbol, string TargetId)
{
    /// <summary>@ or @i.</summary>
    public bool IsHypernym => Symbol is "@" or "@i";

    /// <summary>~ or ~i.</summary>
    public bool IsHyponym => Symbol is "~" or "~i";
}
