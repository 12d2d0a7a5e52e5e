using ContrastiveTool.Core.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Tests.Losses;

/// <summary>Every loss against the plain-PyTorch reference values and input gradients in tests/fixtures/losses
/// (made by scripts/losses/make_loss_fixtures.py; Python is never needed to run these tests).</summary>
public sealed class LossParityTests
{
    private const double Tolerance = 1e-5;

    public static TheoryData<string> Fixtures() => new(LossFixture.Files());

    [Fact]
    public void Fixtures_CoverEveryRegisteredLoss()
    {
        var covered = LossFixture.Files().Select(f => LossFixture.Load(f).Loss).ToHashSet();
        Assert.Equal(LossCatalog.All.Select(d => d.Name).Order(), covered.Order());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Compute_ReferenceInputs_MatchesValueMetricsAndGradients(string file)
    {
        var fixture = LossFixture.Load(file);
        using var scope = torch.NewDisposeScope();
        var inputs = fixture.InputNames.ToDictionary(n => n, fixture.Input);
        var loss = LossFixtureBinding.Create(fixture, inputs);
        var result = loss.Compute(LossFixtureBinding.Batch(inputs));

        AssertClose(fixture.Value, result.Loss.item<float>(), $"{file}: loss value");
        foreach (var (metric, expected) in fixture.Metrics)
            if (result.Metrics.TryGetValue(metric, out double actual))
                AssertClose(expected, actual, $"{file}: metric {metric}");

        result.Loss.backward();
        foreach (string name in fixture.GradientNames)
        {
            var (shape, expected) = fixture.Gradient(name);
            var gradient = LossFixtureBinding.GradientOf(name, inputs, loss);
            Assert.True(gradient is not null, $"{file}: no gradient reached {name}");
            Assert.Equal(shape, gradient!.shape);
            var actual = gradient.to_type(ScalarType.Float64).data<double>().ToArray();
            for (int i = 0; i < expected.Length; i++)
                AssertClose(expected[i], actual[i], $"{file}: d loss / d {name}[{i}]");
        }
    }

    private static void AssertClose(double expected, double actual, string what)
    {
        double error = Math.Abs(expected - actual);
        Assert.True(error <= Tolerance || error <= Tolerance * Math.Abs(expected),
            $"{what}: expected {expected:R}, got {actual:R} (|error| {error:E2})");
    }
}
