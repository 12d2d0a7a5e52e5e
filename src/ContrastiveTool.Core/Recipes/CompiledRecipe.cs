using Microsoft.CodeAnalysis.Scripting;

namespace ContrastiveTool.Core.Recipes;

/// <summary>A recipe compiled by <see cref="RecipeHost.Compile"/>, ready to run with its globals.</summary>
/// <param name="Path">The recipe file, absolute.</param>
/// <param name="Script">The Roslyn script (compiled and emitted).</param>
/// <param name="CompileTime">How long parsing, compiling and emitting took (first use of Roslyn included).</param>
public sealed record CompiledRecipe(string Path, Script<object> Script, TimeSpan CompileTime);
