using ContrastiveTool.Core.Data.Conversion.Converters;

namespace ContrastiveTool.Core.Data.Conversion;

/// <summary>Every conversion, found by its <c>--from</c> and <c>--to</c> names. One line per converter.</summary>
public static class ConverterCatalog
{
    public static IReadOnlyList<IDataConverter> All { get; } =
    [
        new KtoToKtoConverter("kto"),
        new KtoToKtoConverter("trl-kto"),
        new CpoToCpoConverter(),
        new CpoToTrlCpoConverter(),
        new CpoToTripletsConverter(TripletLayout.Triplets),
        new CpoToTripletsConverter(TripletLayout.SentenceTransformers),
        new CpoToKtoConverter(),
        new KtoToTripletsConverter(TripletLayout.Triplets),
        new KtoToTripletsConverter(TripletLayout.SentenceTransformers),
        new TripletToTripletsConverter(TripletLayout.Triplets),
        new TripletToTripletsConverter(TripletLayout.SentenceTransformers),
        new TripletToQaConverter(),
        new NliToTripletsConverter(TripletLayout.Triplets),
        new NliToTripletsConverter(TripletLayout.SentenceTransformers),
        new QaToTripletsConverter(TripletLayout.Triplets),
        new QaToTripletsConverter(TripletLayout.SentenceTransformers),
        new QaToKtoConverter(),
    ];

    /// <summary>The converter from <paramref name="from"/> to <paramref name="to"/>; an unknown name gets "did you mean"
    /// and the names known (the output names listed are those <paramref name="from"/> converts to).</summary>
    public static IDataConverter Find(string from, string to)
    {
        string input = NameLookup.Find(All.Select(c => c.From).Distinct(), n => n, from, "--from format");
        return NameLookup.Find(All.Where(c => c.From == input), c => c.To, to, $"--to format for --from {input}");
    }
}
