using ContrastiveTool.Core.Recipes;

namespace ContrastiveTool.Tests.Recipes;

public sealed class RecipeImportsTests
{
    [Fact]
    public void Namespaces_EveryCoreOneExists()
    {
        var existing = typeof(RecipeGlobals).Assembly.GetExportedTypes().Select(t => t.Namespace).ToHashSet();
        var missing = RecipeImports.Namespaces.Where(n => n.StartsWith("ContrastiveTool.", StringComparison.Ordinal) && !existing.Contains(n));
        Assert.Empty(missing);
    }

    [Fact]
    public void Namespaces_NoTwoPublicCoreTypesShareASimpleName()
    {
        var imported = RecipeImports.Namespaces.ToHashSet();
        var clashes = typeof(RecipeGlobals).Assembly.GetExportedTypes()
            .Where(t => !t.IsNested && t.Namespace is not null && imported.Contains(t.Namespace))
            .GroupBy(t => t.Name)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g.Select(t => t.FullName)));
        Assert.Empty(clashes);
    }
}
