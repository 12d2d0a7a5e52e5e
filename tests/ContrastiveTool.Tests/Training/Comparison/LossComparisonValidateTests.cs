using ContrastiveTool.Core;
using ContrastiveTool.Core.Training.Comparison;
using ContrastiveTool.Core.Training.Config;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Training.Comparison;

/// <summary>Everything compare checks before it trains anything: each error names the run and the fix.</summary>
public sealed class LossComparisonValidateTests
{
    private static string Sample => RepoPath.Of("data", "sample", "ranked-qa.jsonl");

    private static ComparisonConfig With(TrainConfig run, TrainConfig? shared = null)
    {
        shared ??= new TrainConfig { DataPath = Sample, Model = "bow" };
        return new ComparisonConfig(shared, [new ComparisonRun("first", null, shared), new ComparisonRun("second", null, run)]);
    }

    private static string Error(ComparisonConfig config) => Assert.Throws<UserInputException>(() => LossComparison.Validate(config)).Message;

    [Fact]
    public void Validate_LossTransformMismatch_NamesTheRunAndTheCompatibleTransforms()
    {
        var run = new TrainConfig { DataPath = Sample, Model = "bow", LossType = "listwise", BatchTransform = "infonce" };
        Assert.StartsWith("run 'second': loss 'listwise' accepts", Error(With(run)), StringComparison.Ordinal);
        Assert.Contains("use batch_transform listwise", Error(With(run)));
    }

    [Fact]
    public void Validate_MissingNegativesFile_NamesTheRunAndTheFile()
    {
        var run = new TrainConfig { DataPath = Sample, Model = "bow", LossType = "mnr", BatchTransform = "mined", Negatives = "no-such-mined.jsonl" };
        Assert.StartsWith("run 'second': negatives: no such file: 'no-such-mined.jsonl'", Error(With(run)), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MinedWithoutNegatives_NamesTheRun()
    {
        var run = new TrainConfig { DataPath = Sample, Model = "bow", LossType = "mnr", BatchTransform = "mined" };
        Assert.StartsWith("run 'second': batch_transform 'mined' needs negatives", Error(With(run)), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SharedProblems_NamedBeforeAnyRun()
    {
        var missing = new TrainConfig { DataPath = "nowhere.jsonl", Model = "bow" };
        Assert.StartsWith("data_path: no such file: 'nowhere.jsonl'", Error(With(missing, missing)), StringComparison.Ordinal);
        var model = new TrainConfig { DataPath = Sample, Model = "minilm" };
        Assert.Contains("model 'minilm' runs in ONNX Runtime and cannot train; use minilm-torch", Error(With(model, model)));
        var typo = new TrainConfig { DataPath = Sample, Model = "tiny-transfomer" };
        Assert.Contains("did you mean 'tiny-transformer'?", Error(With(typo, typo)));
        var noTest = new TrainConfig { DataPath = Sample, Model = "bow", TestSize = 0 };
        Assert.Contains("no test set: give test_path", Error(With(noTest, noTest)));
        var test = With(new TrainConfig { DataPath = Sample, Model = "bow" }) with { TestPath = "no-test.jsonl" };
        Assert.StartsWith("test_path: no such file", Error(test), StringComparison.Ordinal);
    }
}
