namespace ContrastiveTool.Core.Data.Formats;

/// <summary>Every data format, by the name <c>--format</c> takes. One line per format.</summary>
public static class DataFormatCatalog
{
    public static IReadOnlyList<IDataFormat> All { get; } =
    [
        new RankedQaFormat(),
        new TripletFormat(),
        new NliFormat(),
        new CpoFormat(),
        new KtoFormat(),
    ];

    /// <summary>The format called <paramref name="name"/>; an unknown name gets "did you mean" and the list.</summary>
    public static IDataFormat Find(string name) =>
        NameLookup.Find(All, f => f.Name, name, "data format");
}
