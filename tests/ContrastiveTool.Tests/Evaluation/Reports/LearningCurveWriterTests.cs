using ContrastiveTool.Core;
using ContrastiveTool.Core.Evaluation.Reports;
using ContrastiveTool.Tests.TestSupport;
using SkiaSharp;

namespace ContrastiveTool.Tests.Evaluation.Reports;

public sealed class LearningCurveWriterTests
{
    private static LearningCurve Curve(string run, params (long Step, double Value)[] points) => new(run, points);

    private static readonly LearningCurve[] TwoRuns =
    [
        Curve("infonce", (0, 0.20), (50, 0.45), (100, 0.61), (150, 0.66)),
        Curve("triplet", (0, 0.20), (50, 0.31), (100, 0.52), (150, 0.58)),
    ];

    [Fact]
    public void Write_TwoRuns_WritesAPngOfTheRequestedSizeAndNoTemporaryFile()
    {
        using var folder = new TempFolder();
        string path = LearningCurveWriter.Write(folder.File("curves/eval-mrr.png"), TwoRuns, "Eval MRR", "MRR", 800, 500);

        Assert.Equal(folder.File("curves/eval-mrr.png"), path);
        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal((800, 500), PngFile.Size(bytes));
        Assert.True(bytes.Length > 10_000, $"only {bytes.Length} bytes (text and lines missing?)");
        Assert.Equal(["eval-mrr.png"], Directory.GetFiles(folder.File("curves")).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_DefaultSize_Is1000By600WithOneColouredLinePerRun()
    {
        using var folder = new TempFolder();
        string path = LearningCurveWriter.Write(folder.File("loss.png"), TwoRuns, "Training loss", "loss");

        Assert.Equal((1000, 600), PngFile.Size(File.ReadAllBytes(path)));
        // Category10's first two colours, #1f77b4 and #ff7f0e: each run's line (and legend swatch) must be drawn.
        using var bitmap = SKBitmap.Decode(path);
        int Count(SKColor colour) => bitmap.Pixels.Count(p => p == colour);
        Assert.True(Count(new SKColor(0x1f, 0x77, 0xb4)) > 200, "first run's line missing");
        Assert.True(Count(new SKColor(0xff, 0x7f, 0x0e)) > 200, "second run's line missing");
    }

    public static TheoryData<LearningCurve[], string> BadInputs => new()
    {
        { [], "no learning curves to plot" },
        { [Curve("empty")], "run 'empty' has no points" },
        { [Curve("a", (0, 1)), Curve("a", (0, 2))], "two runs are named 'a'" },
        { [Curve("diverged", (0, 1), (10, double.NaN))], "run 'diverged' has NaN at step 10" },
        { [Curve("back", (0, 1), (20, 0.5), (10, 0.4))], "run 'back': step 10 follows step 20; steps must increase" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Write_BadInput_IsAUserErrorThatSaysWhatIsWrong(LearningCurve[] curves, string message)
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<UserInputException>(() => LearningCurveWriter.Write(folder.File("x.png"), curves, "t", "v"));
        Assert.Contains(message, error.Message);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
