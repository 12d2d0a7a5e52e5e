using System.Globalization;

namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>A metric name with its cutoff, as written on the command line: <c>ndcg@10</c>; <c>mrr</c> alone means no cutoff.</summary>
/// <param name="Name">The registry name (see <see cref="MetricCatalog"/>).</param>
/// <param name="K">The cutoff; null for the whole ranked list.</param>
public sealed record MetricSpec(string Name, int? K)
{
    /// <summary>The label results are keyed by: <c>ndcg@10</c>, or <c>mrr</c>.</summary>
    public string Label => K is { } k ? $"{Name}@{k}" : Name;

    public override string ToString() => Label;

    /// <summary>Parses <c>name[@k]</c>; the name is checked against the catalog (with "did you mean").</summary>
    /// <exception cref="UserInputException">Unknown name or a bad cutoff.</exception>
    public static MetricSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Trim().Split('@');
        if (parts.Length > 2 || parts[0].Length == 0)
            throw new UserInputException($"bad metric '{text}': write name@k, e.g. ndcg@10 (known: {string.Join(", ", MetricCatalog.Names)})");
        string name = MetricCatalog.Find(parts[0]);
        if (parts.Length == 1)
            return new MetricSpec(name, null);
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int k) || k < 1)
            throw new UserInputException($"bad cutoff in metric '{text}': k must be a whole number ≥ 1, e.g. {name}@10");
        return new MetricSpec(name, k);
    }

    /// <summary>Parses a comma-separated list: <c>mrr@10,ndcg@10,map@100</c>.</summary>
    public static IReadOnlyList<MetricSpec> ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var specs = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).Distinct().ToList();
        if (specs.Count == 0)
            throw new UserInputException("no metrics given: e.g. --metrics mrr@10,ndcg@10,map@10,recall@100");
        return specs;
    }

    /// <summary>The metrics the tools report when none are asked for.</summary>
    public static IReadOnlyList<MetricSpec> Defaults { get; } =
        ParseList("mrr@10,ndcg@10,map@10,recall@10,recall@100,precision@10,accuracy@1");
}
