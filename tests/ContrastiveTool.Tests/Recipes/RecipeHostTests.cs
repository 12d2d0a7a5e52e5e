using ContrastiveTool.Core;
using ContrastiveTool.Core.Recipes;
using ContrastiveTool.Tests.TestSupport;

namespace ContrastiveTool.Tests.Recipes;

/// <summary>Inline recipes compiled and run by the real host: globals, #load, #r, compile errors, failures, cancellation.</summary>
public sealed class RecipeHostTests
{
    private static (RecipeGlobals Globals, RecordingRecipeReporter Reporter) Globals(TempFolder folder, string script,
        string[]? args = null, CancellationToken cancellationToken = default)
    {
        var reporter = new RecordingRecipeReporter();
        return (new RecipeGlobals(folder.File(script), args ?? [], folder.File("out"), reporter, 7, cancellationToken), reporter);
    }

    private static async Task<RecordingRecipeReporter> RunAsync(TempFolder folder, string name, string code, params string[] args)
    {
        string path = folder.Write(name, code);
        var (globals, reporter) = Globals(folder, name, args);
        await RecipeHost.RunAsync(RecipeHost.Compile(path), globals);
        return reporter;
    }

    private static async Task<RecipeFailedException> FailureAsync(TempFolder folder, string name, string code)
    {
        string path = folder.Write(name, code);
        var (globals, _) = Globals(folder, name);
        return await Assert.ThrowsAsync<RecipeFailedException>(() => RecipeHost.RunAsync(RecipeHost.Compile(path), globals));
    }

    [Fact]
    public async Task RunAsync_InlineRecipe_SeesArgsSeedAndWritesIntoOutput()
    {
        using var folder = new TempFolder();
        var reporter = await RunAsync(folder, "hello.csx", """
            File.WriteAllText(Path.Combine(Output, "args.txt"), string.Join("|", Args) + ";" + Seed);
            int n = Step("count", 3, p => { for (int i = 1; i <= 3; i++) p.Report(i); return 3; });
            Log($"counted {n}, name={Arg("name", "none")}, fast={HasArg("fast")}");
            """, "--name", "x y", "--fast");
        Assert.Equal("--name|x y|--fast;7", File.ReadAllText(Path.Combine(folder.Path, "out", "args.txt")));
        Assert.Equal(["counted 3, name=x y, fast=True"], reporter.Logs);
        Assert.Equal([("count", 3, 3)], reporter.Steps);
    }

    [Fact]
    public async Task RunAsync_CoreTypesWithoutUsings_Resolve()
    {
        using var folder = new TempFolder();
        var reporter = await RunAsync(folder, "core.csx", """
            var spec = MetricSpec.Parse("ndcg@10");
            var summary = new Bootstrap(seed: Seed).Summarise(new MetricScores("mrr", [1.0, 1.0]));
            Table("t", ["metric", "mean"], [[spec.Label, summary.Mean.ToString(CultureInfo.InvariantCulture)]]);
            """);
        var table = Assert.Single(reporter.Tables);
        Assert.Equal(["ndcg@10", "1"], table.Rows[0]);
    }

    [Fact]
    public async Task RunAsync_LoadDirective_SeesTheOtherFilesMembers()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("lib"));
        folder.Write("lib/helpers.csx", "int Twice(int x) => 2 * x;\n");
        var reporter = await RunAsync(folder, "main.csx", "#load \"lib/helpers.csx\"\nLog(Twice(21).ToString());\n");
        Assert.Equal(["42"], reporter.Logs);
    }

    [Fact]
    public async Task RunAsync_ReferenceDirective_FindsAnAssemblyNextToTheTool()
    {
        // Spectre.Console sits next to the tool (and the test assembly) but Core does not reference it.
        using var folder = new TempFolder();
        var reporter = await RunAsync(folder, "ref.csx", "#r \"Spectre.Console.dll\"\nLog(Spectre.Console.Markup.Escape(\"[x]\"));\n");
        Assert.Equal(["[[x]]"], reporter.Logs);
    }

    [Fact]
    public void Compile_TwoErrors_ListsEachWithFileLineAndColumn()
    {
        using var folder = new TempFolder();
        string path = folder.Write("bad.csx", "var ok = 1;\nvar x = undefinedName;\nint y = \"text\";\n");
        var error = Assert.Throws<RecipeCompilationException>(() => RecipeHost.Compile(path));
        Assert.Equal(2, error.Errors.Count);
        Assert.StartsWith($"{path}:2:9: error CS0103: The name 'undefinedName' does not exist", error.Errors[0]);
        Assert.StartsWith($"{path}:3:9: error CS0029:", error.Errors[1]);
        Assert.StartsWith("the recipe does not compile (2 errors):\n", error.Message);
        Assert.IsAssignableFrom<UserInputException>(error);
    }

    [Fact]
    public void Compile_ErrorInLoadedFile_NamesThatFile()
    {
        using var folder = new TempFolder();
        string helper = folder.Write("helper.csx", "\nint Broken() => \"no\";\n");
        string path = folder.Write("main.csx", "#load \"helper.csx\"\nLog(\"hi\");\n");
        var error = Assert.Throws<RecipeCompilationException>(() => RecipeHost.Compile(path));
        Assert.StartsWith($"{helper}:2:17: error CS0029:", Assert.Single(error.Errors));
    }

    [Fact]
    public void Compile_MissingFile_IsAUserError()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<UserInputException>(() => RecipeHost.Compile(folder.File("nope.csx")));
        Assert.Contains("no such recipe", error.Message);
    }

    [Fact]
    public async Task RunAsync_ScriptThrows_MessageNamesTheScriptLine()
    {
        using var folder = new TempFolder();
        var error = await FailureAsync(folder, "boom.csx", "Log(\"a\");\n\nthrow new InvalidOperationException(\"boom\");\n");
        string path = folder.File("boom.csx");
        Assert.Equal($"{path}:3", error.Location);
        Assert.Equal($"the recipe failed at {path}:3: InvalidOperationException: boom", error.Message);
    }

    [Fact]
    public async Task RunAsync_CoreUserErrorInsideAStep_KeepsItsMessageAndNamesTheCallingLine()
    {
        using var folder = new TempFolder();
        var error = await FailureAsync(folder, "model.csx", "var encoder = Step(\"load\",\n    () => EncoderCatalog.Load(\"minilmm\"));\n");
        Assert.Equal($"{folder.File("model.csx")}:2", error.Location);
        Assert.Contains("did you mean 'minilm'", error.Message);
        Assert.DoesNotContain("UserInputException", error.Message);
    }

    [Fact]
    public async Task RunAsync_TokenCancelled_ThrowsOperationCanceled()
    {
        using var folder = new TempFolder();
        string path = folder.Write("wait.csx", "Step(\"never\", () => Log(\"ran\"));\n");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var (globals, reporter) = Globals(folder, "wait.csx", cancellationToken: cancellation.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RecipeHost.RunAsync(RecipeHost.Compile(path), globals));
        Assert.Empty(reporter.Logs);
    }
}
