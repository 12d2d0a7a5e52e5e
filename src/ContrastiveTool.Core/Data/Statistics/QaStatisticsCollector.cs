using ContrastiveTool.Core.Data.RankedQa;

namespace ContrastiveTool.Core.Data.Statistics;

/// <summary>Accumulates <see cref="QaStatistics"/> one row at a time (a few numbers per answer are kept for the medians).</summary>
public sealed class QaStatisticsCollector
{
    private readonly List<double> _answersPerQuestion = [];
    private readonly List<double> _scores = [];
    private readonly List<double> _questionWords = [];
    private readonly List<double> _answerWords = [];
    private readonly Dictionary<string, long> _categories = new(StringComparer.Ordinal);
    private long _scoreAtMostZero, _withAccepted, _acceptedIsTop;

    /// <summary>Adds one question with its answers.</summary>
    public void Add(RankedQaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _answersPerQuestion.Add(item.Answers.Count);
        _questionWords.Add(WordCount(item.Question.Text));
        if (item.Question.Category is { } category)
            _categories[category] = _categories.GetValueOrDefault(category) + 1;
        foreach (var answer in item.Answers)
        {
            _scores.Add(answer.Score);
            _answerWords.Add(WordCount(answer.Body));
            if (answer.Score <= 0) _scoreAtMostZero++;
        }
        var accepted = item.Answers.FirstOrDefault(a => a.IsAccepted);
        if (accepted is not null)
        {
            _withAccepted++;
            if (accepted.Rank == 0) _acceptedIsTop++;
        }
    }

    /// <summary>The statistics of everything added so far.</summary>
    public QaStatistics Build()
    {
        long questions = _answersPerQuestion.Count, answers = _scores.Count;
        return new QaStatistics(
            questions,
            answers,
            Distribution.Of(_answersPerQuestion),
            Distribution.Of(_scores),
            Share(_scoreAtMostZero, answers),
            Share(_withAccepted, questions),
            Share(_acceptedIsTop, _withAccepted),
            Distribution.Of(_questionWords),
            Distribution.Of(_answerWords),
            _categories.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                       .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal));
    }

    private static double Share(long part, long whole) => whole == 0 ? 0 : (double)part / whole;

    /// <summary>Whitespace-separated words.</summary>
    public static int WordCount(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
