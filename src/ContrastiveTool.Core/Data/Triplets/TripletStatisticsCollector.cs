using ContrastiveTool.Core.Data.Statistics;
using ContrastiveTool.Core.Data.Text;

namespace ContrastiveTool.Core.Data.Triplets;

/// <summary>Describes triplet input: rows per detected form, triplets, negatives per row, negative diversity, lengths.</summary>
public sealed class TripletStatisticsCollector
{
    private readonly long[] _forms = new long[Enum.GetValues<TripletForm>().Length];
    private readonly List<double> _negatives = [], _diversity = [], _anchorWords = [], _positiveWords = [], _negativeWords = [];
    private long _triplets;

    public void Add(TripletRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _forms[(int)record.Form]++;
        _triplets += record.Positives.Count;
        _negatives.Add(record.Negatives.Count);
        if (WordSets.Diversity(record.Negatives) is { } diversity)
            _diversity.Add(diversity);
        _anchorWords.Add(WordSets.Words(record.Anchor).Length);
        foreach (var positive in record.Positives)
            _positiveWords.Add(WordSets.Words(positive).Length);
        foreach (var negative in record.Negatives)
            _negativeWords.Add(WordSets.Words(negative).Length);
    }

    public DataStatistics Build()
    {
        var builder = new StatisticsBuilder().Count("good input rows", _forms.Sum());
        foreach (var form in Enum.GetValues<TripletForm>())
            builder.Count($"  {form.ToString().ToLowerInvariant()} rows", _forms[(int)form]);
        return builder
            .Count("triplets (one per positive)", _triplets)
            .Distribution("negatives per row", _negatives)
            .Distribution("negative diversity (1 − mean Jaccard)", _diversity)
            .Distribution("anchor words", _anchorWords)
            .Distribution("positive words", _positiveWords)
            .Distribution("negative words", _negativeWords)
            .Build();
    }
}
