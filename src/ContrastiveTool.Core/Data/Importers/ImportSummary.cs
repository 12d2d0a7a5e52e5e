namespace ContrastiveTool.Core.Data.Importers;

/// <summary>What an import read and wrote, for the command line's summary.</summary>
/// <param name="Source">The importer (<c>wordnet</c>, <c>quran</c>, <c>dictd</c>, <c>stackexchange</c>).</param>
/// <param name="Input">The folder or file it read.</param>
/// <param name="Files">Every file written, in the order written.</param>
/// <param name="Counts">Named counts in a fixed order per importer (e.g. "synsets read", "questions without answers").</param>
public sealed record ImportSummary(string Source, string Input, IReadOnlyList<ImportedFile> Files, IReadOnlyList<KeyValuePair<string, long>> Counts)
{
    /// <summary>The count named <paramref name="name"/>; 0 when absent.</summary>
    public long Count(string name) => Counts.FirstOrDefault(c => c.Key == name).Value;
}
