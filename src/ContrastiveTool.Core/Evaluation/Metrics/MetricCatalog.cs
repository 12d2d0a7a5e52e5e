namespace ContrastiveTool.Core.Evaluation.Metrics;

/// <summary>Every ranking metric, by the name the command line and configs use. Explicit, one line per metric.</summary>
public static class MetricCatalog
{
    private static readonly IReadOnlyList<(string Name, Func<MetricOptions, IRankingMetric> Create)> Entries =
    [
        ("mrr", _ => new ReciprocalRankMetric()),
        ("ndcg", o => o.SeedCompat ? new SeedNdcgMetric() : new NdcgMetric(o.Gain)),
        ("map", o => o.SeedCompat ? new SeedAveragePrecisionMetric() : new AveragePrecisionMetric(o.MapDenominator)),
        ("recall", _ => new RecallMetric()),
        ("precision", _ => new PrecisionMetric()),
        ("accuracy", _ => new AccuracyMetric()),
    ];

    /// <summary>The registered names.</summary>
    public static IReadOnlyList<string> Names { get; } = Entries.Select(e => e.Name).ToList();

    /// <summary>The registered name matching <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="UserInputException">Unknown name: says "did you mean …" and lists the known ones.</exception>
    public static string Find(string name) => NameLookup.Find(Names, n => n, name, "metric");

    /// <summary>The metric called <paramref name="name"/>, defined as <paramref name="options"/> say.</summary>
    public static IRankingMetric Create(string name, MetricOptions? options = null)
    {
        string found = Find(name);
        return Entries.First(e => e.Name == found).Create(options ?? MetricOptions.Standard);
    }
}
