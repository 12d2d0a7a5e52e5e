using ContrastiveTool.Core.Diagnostics;

namespace ContrastiveTool.Tests.Diagnostics;

public sealed class ModelSelfCheckTests
{
    [Fact]
    public void Run_InTheTestProcess_EmbedsThePinnedSentenceAsExpected()
    {
        var result = ModelSelfCheck.Run();
        Assert.True(result.Ok, result.Error);
        Assert.Matches(@"^\d+\.\d+", result.OnnxRuntimeVersion);
        for (int i = 0; i < ModelSelfCheck.Expected.Count; i++)
            Assert.True(Math.Abs(ModelSelfCheck.Expected[i] - result.FirstComponents[i]) <= 1e-3, $"component {i}: {result.FirstComponents[i]}");
    }
}
