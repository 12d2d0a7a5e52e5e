using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace ContrastiveTool.Core.Recipes;

/// <summary>Compiles and runs <c>.csx</c> recipes with Roslyn scripting; the recipe's globals are a <see cref="RecipeGlobals"/>.</summary>
/// <remarks>
/// A recipe sees Core and the libraries Core references (TorchSharp, ONNX Runtime, the tokenizers, ScottPlot), the
/// namespaces of <see cref="RecipeImports"/>, and may write <c>#load "other.csx"</c> (relative to its own folder) and
/// <c>#r "Some.dll"</c> (relative to its folder, else the tool's folder). Debug information is emitted so an exception
/// names the recipe line it came through (<see cref="RecipeFailedException"/>). Compile errors become a
/// <see cref="RecipeCompilationException"/> with <c>file:line:column</c> per error. No cache: each run compiles again.
/// </remarks>
public static class RecipeHost
{
    /// <summary>Read once per process: Roslyn keeps each reference's metadata, so a second recipe compiles faster.</summary>
    private static readonly Lazy<IReadOnlyList<MetadataReference>> CoreReferences = new(() => References().ToList());

    /// <summary>Parses, compiles and emits the recipe at <paramref name="path"/>.</summary>
    /// <exception cref="UserInputException">The file is missing.</exception>
    /// <exception cref="RecipeCompilationException">The recipe does not compile.</exception>
    public static CompiledRecipe Compile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new UserInputException($"no such recipe: '{path}' (current folder: {Environment.CurrentDirectory}); the bundled ones are in recipes/");
        var clock = Stopwatch.StartNew();
        string full = Path.GetFullPath(path);
        var script = CSharpScript.Create(File.ReadAllText(full), Options(full), typeof(RecipeGlobals));
        var errors = script.Compile(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).Select(Format).ToList();
        if (errors.Count > 0)
            throw new RecipeCompilationException(errors);
        return new CompiledRecipe(full, script, clock.Elapsed);
    }

    /// <summary>Runs a compiled recipe; returns how long it ran.</summary>
    /// <exception cref="OperationCanceledException">Ctrl+C (the globals' token) stopped it.</exception>
    /// <exception cref="RecipeFailedException">Any other exception escaped the recipe.</exception>
    public static async Task<TimeSpan> RunAsync(CompiledRecipe recipe, RecipeGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(globals);
        var clock = Stopwatch.StartNew();
        try
        {
            await recipe.Script.RunAsync(globals, globals.CancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (globals.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not RecipeFailedException)
        {
            throw RecipeFailedException.From(e);
        }
        globals.CancellationToken.ThrowIfCancellationRequested();
        return clock.Elapsed;
    }

    /// <summary>The scripting options of the recipe at <paramref name="fullPath"/>: references, imports, resolvers.</summary>
    public static ScriptOptions Options(string fullPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullPath);
        string folder = Path.GetDirectoryName(fullPath)!;
        return ScriptOptions.Default
            .WithFilePath(fullPath)
            .WithFileEncoding(Encoding.UTF8)
            .WithEmitDebugInformation(true)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .AddReferences(CoreReferences.Value)
            .WithImports(RecipeImports.Namespaces)
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, folder))
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(folder)
                .WithSearchPaths(AppContext.BaseDirectory));
    }

    /// <summary>A path as messages show it: relative to the current folder when inside it, else absolute.</summary>
    public static string Display(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    /// <summary>Core, every assembly Core references (with a file), and <c>netstandard</c> for the libraries built against it.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var core = typeof(RecipeGlobals).Assembly;
        var assemblies = new List<Assembly> { core };
        foreach (var name in core.GetReferencedAssemblies())
        {
            try { assemblies.Add(Assembly.Load(name)); }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException) { }
        }
        string netstandard = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "netstandard.dll");
        var files = assemblies.Select(a => a.Location).Where(l => l.Length > 0).Append(netstandard).Where(File.Exists).Distinct();
        return files.Select(f => MetadataReference.CreateFromFile(f));
    }

    private static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        string where = span.IsValid && span.Path.Length > 0
            ? $"{Display(span.Path)}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}"
            : "(recipe)";
        return $"{where}: error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
