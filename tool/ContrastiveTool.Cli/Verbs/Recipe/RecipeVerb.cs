using ContrastiveTool.Core.Recipes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs.Recipe;

/// <summary><c>recipe file.csx [-- args]</c>: compiles a C# script recipe with Roslyn and runs it with its globals.</summary>
public sealed class RecipeVerb(IAnsiConsole console) : AsyncCommand<RecipeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RecipeSettings settings, CancellationToken cancellationToken)
    {
        var reporter = new RecipeConsoleReporter(console);
        var recipe = reporter.Step($"compiling {settings.Name}", 0, _ => RecipeHost.Compile(settings.File, cancellationToken));
        var globals = new RecipeGlobals(recipe.Path, context.Remaining.Raw, settings.OutputFolder, reporter, settings.Seed, cancellationToken);
        console.MarkupLineInterpolated($"running [blue]{settings.Name}[/] (seed {settings.Seed}); output: {RecipeHost.Display(globals.Output)}");
        TimeSpan elapsed;
        try
        {
            elapsed = await RecipeHost.RunAsync(recipe, globals).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The recipe decides what it writes: what its finished steps wrote stays (each writer renames a complete file).
            console.MarkupLineInterpolated($"[yellow]cancelled[/]: stopped by Ctrl+C; files the recipe had finished are in {RecipeHost.Display(globals.Output)}");
            return ExitCodes.Cancelled;
        }
        console.MarkupLineInterpolated($"[green]done[/]: {settings.Name} ran in {elapsed.TotalSeconds:F1} s (compiled in {recipe.CompileTime.TotalSeconds:F1} s); output: {RecipeHost.Display(globals.Output)}");
        return ExitCodes.Ok;
    }
}
