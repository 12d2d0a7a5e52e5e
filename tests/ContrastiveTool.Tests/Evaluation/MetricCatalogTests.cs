using ContrastiveTool.Core;
using ContrastiveTool.Core.Evaluation.Metrics;

namespace ContrastiveTool.Tests.Evaluation;

public sealed class MetricCatalogTests
{
    [Fact]
    public void Catalog_EveryMetricClass_IsReachableByName()
    {
        var implementations = typeof(IRankingMetric).Assembly.GetTypes()
            .Where(t => typeof(IRankingMetric).IsAssignableFrom(t) && !t.IsAbstract).ToHashSet();
        var reachable = MetricCatalog.Names
            .SelectMany(n => new[] { MetricCatalog.Create(n), MetricCatalog.Create(n, new MetricOptions(SeedCompat: true)) })
            .Select(m => m.GetType()).ToHashSet();
        Assert.Equal(implementations.OrderBy(t => t.Name), reachable.OrderBy(t => t.Name));
    }

    [Fact]
    public void Catalog_CreatedMetric_CarriesItsRegisteredName()
    {
        Assert.All(MetricCatalog.Names, n => Assert.Equal(n, MetricCatalog.Create(n).Name));
    }

    [Theory]
    [InlineData("ndcg@10", "ndcg", 10)]
    [InlineData(" MRR@3 ", "mrr", 3)]
    [InlineData("recall", "recall", null)]
    public void Parse_WellFormed_NameAndCutoff(string text, string name, int? k)
    {
        Assert.Equal(new MetricSpec(name, k), MetricSpec.Parse(text));
    }

    [Theory]
    [InlineData("ndgc@10", "did you mean 'ndcg'")]
    [InlineData("ndcg@0", "k must be a whole number")]
    [InlineData("ndcg@x", "k must be a whole number")]
    [InlineData("a@1@2", "write name@k")]
    public void Parse_Malformed_SaysWhatIsWrong(string text, string message)
    {
        var error = Assert.Throws<UserInputException>(() => MetricSpec.Parse(text));
        Assert.Contains(message, error.Message);
    }
}
