namespace ContrastiveTool.Core.Data.Importers;

/// <summary>One file an import wrote.</summary>
/// <param name="Role">What it holds: <c>train</c>, <c>test</c>, <c>qa</c>, <c>pairs</c> or <c>rejects</c>.</param>
/// <param name="Path">Absolute path.</param>
/// <param name="Rows">Lines written.</param>
public sealed record ImportedFile(string Role, string Path, long Rows);
