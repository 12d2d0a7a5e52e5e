namespace ContrastiveTool.Core.Data.Importers.WordNet;

/// <summary>Separates a WordNet gloss's definition from its usage examples.</summary>
public static class WordNetGloss
{
    /// <summary>The gloss without its examples: the <c>;</c>-separated parts that do not start with a double quote,
    /// joined by "; ". <c>a young person of either sex; "she writes books for children"</c> → <c>a young person of either sex</c>.</summary>
    public static string Definition(string gloss)
    {
        ArgumentNullException.ThrowIfNull(gloss);
        var parts = gloss.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                         .Where(part => !part.StartsWith('"'));
        return string.Join("; ", parts);
    }
}
