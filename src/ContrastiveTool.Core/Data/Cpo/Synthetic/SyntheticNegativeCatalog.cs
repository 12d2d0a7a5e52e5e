namespace ContrastiveTool.Core.Data.Cpo.Synthetic;

/// <summary>Every synthetic-negative strategy, by the name <c>--synthetic</c> takes. One line per strategy.</summary>
public static class SyntheticNegativeCatalog
{
    public static IReadOnlyList<ISyntheticNegative> All { get; } =
    [
        new TruncationNegative(),
        new ShuffleNegative(),
        new NegationNegative(),
        new GenericNegative(),
    ];

    /// <summary>The strategy called <paramref name="name"/>; an unknown name gets "did you mean" and the list.</summary>
    public static ISyntheticNegative Find(string name) =>
        NameLookup.Find(All, s => s.Name, name, "synthetic-negative strategy");
}
