using System.Text.Json;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Evaluation.Metrics;
using ContrastiveTool.Core.Evaluation.Trec;

namespace ContrastiveTool.Tests.Evaluation;

/// <summary>The tensor metrics on a TREC qrels/run pair against tests/fixtures/eval/expected-*.json, made by the
/// direct per-query Python in scripts/eval/make_eval_fixtures.py (graded qrels, frequent score ties, queries without
/// relevant documents, judged queries missing from the run, a run query without judgments). Python is never needed here.</summary>
public sealed class TrecGoldenTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> Variants() => new("standard", "exponential", "min-k", "seed");

    private static MetricOptions OptionsOf(JsonElement options) => new(
        options.GetProperty("gain").GetString() == "exponential" ? GainKind.Exponential : GainKind.Linear,
        options.GetProperty("min_k").GetBoolean() ? MapDenominator.MinK : MapDenominator.Relevant,
        options.GetProperty("seed_compat").GetBoolean());

    [Theory]
    [MemberData(nameof(Variants))]
    public void Evaluate_ReferenceFixture_MatchesEveryQueryAndMean(string variant)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "eval");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, $"expected-{variant}.json")));
        var root = expected.RootElement;
        var metrics = root.GetProperty("metrics").EnumerateObject().Select(m => MetricSpec.Parse(m.Name)).ToList();

        var result = TrecEvaluation.Evaluate(Path.Combine(folder, "qrels.txt"), Path.Combine(folder, "run.txt"), metrics,
            OptionsOf(root.GetProperty("options")), new ReadReport(), new ReadReport());

        Assert.Equal(root.GetProperty("evaluated").EnumerateArray().Select(e => e.GetString()), result.Evaluation.QueryIds);
        Assert.Equal(root.GetProperty("excluded").EnumerateArray().Select(e => e.GetString()), result.Evaluation.ExcludedQueries);
        Assert.Equal(root.GetProperty("run_only").GetArrayLength(), result.RunQueriesWithoutJudgments);
        foreach (var scores in result.Evaluation.Metrics)
        {
            var reference = root.GetProperty("metrics").GetProperty(scores.Label);
            Assert.True(Math.Abs(reference.GetProperty("mean").GetDouble() - scores.Mean) < Tolerance, $"{variant} {scores.Label} mean");
            var perQuery = reference.GetProperty("per_query");
            for (int i = 0; i < scores.PerQuery.Count; i++)
            {
                double want = perQuery.GetProperty(result.Evaluation.QueryIds[i]).GetDouble();
                Assert.True(Math.Abs(want - scores.PerQuery[i]) < Tolerance,
                    $"{variant} {scores.Label} {result.Evaluation.QueryIds[i]}: want {want}, got {scores.PerQuery[i]}");
            }
        }
    }
}
