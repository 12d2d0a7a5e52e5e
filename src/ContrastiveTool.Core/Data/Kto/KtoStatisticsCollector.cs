using ContrastiveTool.Core.Data.Statistics;
using ContrastiveTool.Core.Data.Text;

namespace ContrastiveTool.Core.Data.Kto;

/// <summary>Describes KTO input: rows per detected form, rows yielded, good and bad counts, lengths.</summary>
public sealed class KtoStatisticsCollector
{
    private readonly long[] _forms = new long[Enum.GetValues<KtoRowForm>().Length];
    private readonly List<double> _promptWords = [], _completionWords = [];
    private long _good, _bad, _withSystem;

    public void Add(KtoRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _forms[(int)record.Form]++;
        foreach (var row in record.Rows)
        {
            if (row.Label) _good++; else _bad++;
            if (row.System is not null) _withSystem++;
            _promptWords.Add(WordSets.Words(row.Prompt).Length);
            _completionWords.Add(WordSets.Words(row.Completion).Length);
        }
    }

    public DataStatistics Build()
    {
        var builder = new StatisticsBuilder().Count("good input rows", _forms.Sum());
        foreach (var form in Enum.GetValues<KtoRowForm>())
            builder.Count($"  {form.ToString().ToLowerInvariant()} rows", _forms[(int)form]);
        return builder
            .Count("KTO rows (pairwise and ranking rows give several)", _good + _bad)
            .Count("good", _good)
            .Count("bad", _bad)
            .Share("good share", _good, _good + _bad)
            .Share("rows with a system prompt", _withSystem, _good + _bad)
            .Distribution("prompt words", _promptWords)
            .Distribution("completion words", _completionWords)
            .Build();
    }
}
