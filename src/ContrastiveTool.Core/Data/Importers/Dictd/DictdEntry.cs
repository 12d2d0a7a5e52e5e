using System.Text.RegularExpressions;

namespace ContrastiveTool.Core.Data.Importers.Dictd;

/// <summary>Splits a dictd entry's text into the pairs it gives.</summary>
/// <remarks>FreeDict entries are <c>headword /pronunciation/</c> on the first line, then one translation per line,
/// numbered <c>1. </c>, <c>2. </c> when there are several: <see cref="Senses"/> gives one pair per translation.
/// Other dictionaries (gcide, foldoc, wn) have free text: <see cref="Definition"/> gives one pair, the whole
/// entry with whitespace collapsed (its first line dropped when it only repeats the headword).</remarks>
public static partial class DictdEntry
{
    /// <summary>The first line without its <c>/pronunciation/</c>, and every following non-empty line without its number.</summary>
    public static (string Headword, List<string> Senses) Senses(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0)
            return ("", []);
        var senses = lines.Skip(1).Select(line => Collapse(SenseNumber().Replace(line, ""))).Where(s => s.Length > 0)
                          .Distinct(StringComparer.Ordinal).ToList();
        return (Collapse(Pronunciation().Replace(lines[0], "")), senses);
    }

    /// <summary>The entry as one definition text.</summary>
    public static string Definition(string headword, string text)
    {
        ArgumentNullException.ThrowIfNull(headword);
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        int newline = trimmed.IndexOf('\n');
        if (newline > 0 && string.Equals(Collapse(Pronunciation().Replace(trimmed[..newline], "")), headword.Trim(), StringComparison.OrdinalIgnoreCase))
            trimmed = trimmed[(newline + 1)..];
        return Collapse(trimmed);
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s*/[^/]*/\s*$")]
    private static partial Regex Pronunciation();

    [GeneratedRegex(@"^\d+\.\s+")]
    private static partial Regex SenseNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
