using System.Text.Json;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Models.Embeddings;

/// <summary>Reads the texts to embed from a plain text file (one per line), JSON Lines (one field), or a ranked-QA file.</summary>
/// <remarks>Which: with <c>field</c> set, JSON Lines, the text at that field and the id at <c>id</c> (else <c>line-N</c>);
/// without it, a file whose first non-blank line is a JSON object with a <c>question</c> is ranked QA (questions as
/// queries with their question ids, then every answer with its answer id); anything else is plain text,
/// blank lines skipped, ids <c>line-N</c> (1-based).</remarks>
public static class TextInputReader
{
    /// <summary>Every text of <paramref name="path"/> in file order.</summary>
    /// <exception cref="UserInputException">A JSONL row is not an object with a string at <paramref name="field"/>.</exception>
    public static IReadOnlyList<TextItem> Read(string path, string? field = null, ReadReport? report = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new UserInputException($"no such file: '{path}' (current folder: {Environment.CurrentDirectory})");
        if (field is not null)
            return ReadJsonLines(path, field);
        string first = File.ReadLines(path).FirstOrDefault(l => l.Trim().Length > 0)?.TrimStart() ?? "";
        if ((first.StartsWith('{') || first.StartsWith('[')) && first.Contains("\"question\"", StringComparison.Ordinal))
            return ReadRankedQa(path, report ?? new ReadReport(), cancellationToken);
        return File.ReadLines(path).Select((line, index) => (line, index))
            .Where(p => p.line.Trim().Length > 0)
            .Select(p => new TextItem($"line-{p.index + 1}", p.line))
            .ToList();
    }

    private static List<TextItem> ReadRankedQa(string path, ReadReport report, CancellationToken cancellationToken)
    {
        var items = new List<TextItem>();
        var answers = new List<TextItem>();
        foreach (var row in new RankedQaReader().Read(path, report, cancellationToken))
        {
            items.Add(new TextItem(row.Question.Id, row.Question.Text, IsQuery: true));
            answers.AddRange(row.Answers.Select(a => new TextItem(a.Id, a.Body)));
        }
        items.AddRange(answers);
        return items;
    }

    private static List<TextItem> ReadJsonLines(string path, string field)
    {
        var items = new List<TextItem>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
                continue;
            try
            {
                using var row = JsonDocument.Parse(line);
                if (row.RootElement.ValueKind != JsonValueKind.Object
                    || !row.RootElement.TryGetProperty(field, out var text) || text.ValueKind != JsonValueKind.String)
                    throw new UserInputException($"{path}:{lineNumber}: no string field '{field}' (give the field holding the text with --field)");
                string id = row.RootElement.TryGetProperty("id", out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
                    ? value.ToString() : $"line-{lineNumber}";
                items.Add(new TextItem(id, text.GetString()!));
            }
            catch (JsonException e)
            {
                throw new UserInputException($"{path}:{lineNumber}: not a JSON object ({e.Message})", e);
            }
        }
        return items;
    }
}
