using ContrastiveTool.Core.Models.Tokenization;

namespace ContrastiveTool.Core.Data.Importers.Dictd;

/// <summary><c>data import dictd</c>: headword ↔ definition (or translation) pairs from an installed dictd dictionary.</summary>
/// <remarks>Writes <c>pairs.jsonl</c>, one <c>{"anchor": headword, "positive": definition}</c> per line — the pairs form
/// of the triplet format (no negative: in-batch negatives or mining supply them). FreeDict Arabic↔English gives
/// translation pairs, one per sense. The dictionary's own metadata entries are skipped; a pair seen before (the
/// index often lists one entry under several spellings) is written once. File order.</remarks>
public sealed class DictdImporter(DictdOptions options)
{
    /// <summary>Reads the dictionary and writes <c>pairs.jsonl</c> into <paramref name="outputFolder"/>.</summary>
    public ImportSummary Import(string outputFolder, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Limit);
        progress?.Report(new ImportProgress($"reading {options.Name}", 0, 1));
        var dictionary = DictdDictionary.Open(options.Folder, options.Name);
        var seen = new HashSet<(string, string)>();
        long entries = 0, duplicates = 0, empty = 0;
        using var outputs = new ImportOutputs(outputFolder);
        var pairs = outputs.Open("pairs", "pairs.jsonl");
        foreach (var (number, entry) in dictionary.Index.Index())
        {
            if (entry.IsMetadata)
                continue;
            if (options.Limit > 0 && pairs.Rows >= options.Limit)
                break;
            cancellationToken.ThrowIfCancellationRequested();
            entries++;
            foreach (var (anchor, positive) in PairsOf(entry, dictionary.Text(entry)))
            {
                if (anchor.Length == 0 || positive.Length == 0)
                    empty++;
                else if (!seen.Add((anchor, positive)))
                    duplicates++;
                else if (options.Limit == 0 || pairs.Rows < options.Limit)
                    pairs.WriteObject(writer =>
                    {
                        writer.WriteString("anchor", anchor);
                        writer.WriteString("positive", positive);
                    });
            }
            if (number % 1024 == 0)
                progress?.Report(new ImportProgress("writing pairs", number, dictionary.Index.Count));
        }
        return new ImportSummary("dictd", Path.Combine(options.Folder, options.Name), outputs.Commit(),
        [
            new("entries read", entries),
            new("pairs written", pairs.Rows),
            new("duplicate pairs skipped", duplicates),
            new("entries without text skipped", empty),
        ]);
    }

    private IEnumerable<(string Anchor, string Positive)> PairsOf(DictdIndexEntry entry, string text)
    {
        if (options.BySense)
        {
            var (headword, senses) = DictdEntry.Senses(text);
            if (senses.Count == 0)
                yield return (Fold(headword), "");
            foreach (string sense in senses)
                yield return (Fold(headword), Fold(sense));
        }
        else
            yield return (Fold(entry.Headword.Trim()), Fold(DictdEntry.Definition(entry.Headword, text)));
    }

    private string Fold(string text) => options.NormalizeArabic ? ArabicNormalizer.Normalize(text) : text;
}
