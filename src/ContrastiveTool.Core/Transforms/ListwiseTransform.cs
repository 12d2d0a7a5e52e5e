using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Losses;

namespace ContrastiveTool.Core.Transforms;

/// <summary><c>listwise</c>: each question with up to <c>max_answers</c> of its answers, best first, with scores.</summary>
/// <remarks>Items with fewer than two answers are skipped (no ranking to learn). Scores are divided by the list's largest
/// score when it is positive (the seed's normalisation to [0, 1]). Default max_answers = 5. Produces: scored lists.
/// Pairs with: listwise.</remarks>
public sealed class ListwiseTransform : IBatchTransform
{
    private readonly int _maxAnswers;

    public ListwiseTransform(int maxAnswers = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAnswers, 2);
        _maxAnswers = maxAnswers;
    }

    /// <inheritdoc/>
    public string Name => "listwise";

    /// <inheritdoc/>
    public BatchKind Produces => BatchKind.ScoredLists;

    /// <inheritdoc/>
    public TextBatch Apply(IReadOnlyList<RankedQaItem> items, Random random)
    {
        ArgumentNullException.ThrowIfNull(items);
        var lists = new List<AnswerList>();
        foreach (var item in items.Where(i => i.Answers.Count > 1))
        {
            var answers = item.Answers.Take(_maxAnswers).ToList();
            double top = answers.Max(a => a.Score);
            double scale = top > 0 ? top : 1;
            lists.Add(new AnswerList(item.Question.Id, item.Question.Text,
                answers.Select(a => a.Candidate() with { Score = a.Score / scale }).ToList()));
        }
        return TextBatch.OfLists(lists);
    }
}
