using ContrastiveTool.Core.Data.Statistics;
using ContrastiveTool.Core.Data.Text;

namespace ContrastiveTool.Core.Data.Cpo;

/// <summary>Describes CPO rows: negatives per row, share synthetic, negative diversity, contrastive groups, lengths.</summary>
/// <remarks>Negative diversity of a row = 1 − mean pairwise Jaccard similarity of its negatives' word sets
/// (<see cref="WordSets.Diversity"/>); rows with fewer than two negatives have none and are left out of that
/// distribution. Groups are <see cref="CpoRow.Group"/> (the <c>contrastive_group</c>, else the prompt); the set of group
/// keys is kept in memory.</remarks>
public sealed class CpoStatisticsCollector
{
    private readonly List<double> _negatives = [], _diversity = [], _promptWords = [], _chosenWords = [], _negativeWords = [];
    private readonly Dictionary<string, int> _groups = new(StringComparer.Ordinal);
    private long _synthetic;

    public void Add(CpoRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _negatives.Add(row.Negatives.Count);
        _synthetic += row.Negatives.Count(n => n.IsSynthetic);
        if (WordSets.Diversity(row.Negatives.Select(n => n.Text).ToList()) is { } diversity)
            _diversity.Add(diversity);
        _promptWords.Add(WordSets.Words(row.Prompt).Length);
        _chosenWords.Add(WordSets.Words(row.Chosen).Length);
        foreach (var negative in row.Negatives)
            _negativeWords.Add(WordSets.Words(negative.Text).Length);
        _groups[row.Group] = _groups.GetValueOrDefault(row.Group) + 1;
    }

    public DataStatistics Build()
    {
        double negatives = _negatives.Sum();
        return new StatisticsBuilder()
            .Count("rows", _negatives.Count)
            .Count("negatives", negatives)
            .Share("negatives that are synthetic", _synthetic, negatives)
            .Count("contrastive groups", _groups.Count)
            .Distribution("negatives per row", _negatives)
            .Distribution("negative diversity (1 − mean Jaccard)", _diversity)
            .Distribution("rows per contrastive group", _groups.Values.Select(v => (double)v).ToList())
            .Distribution("prompt words", _promptWords)
            .Distribution("chosen words", _chosenWords)
            .Distribution("negative words", _negativeWords)
            .Build();
    }
}
