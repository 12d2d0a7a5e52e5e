using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Models.Embeddings;

namespace ContrastiveTool.Core.Mining;

/// <summary>Builds a <see cref="MiningInput"/> from ranked QA: each question is a query, its rank-0 answer the positive,
/// every answer of the file the corpus, and its other answers its same-question group.</summary>
public static class RankedQaMiningInput
{
    /// <summary>The input for <paramref name="items"/>; <paramref name="categories"/> maps a question id to its category
    /// (its answers share it).</summary>
    public static MiningInput Build(IReadOnlyList<RankedQaItem> items, IReadOnlyDictionary<string, string>? categories = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var queries = new List<TextItem>(items.Count);
        var corpus = new List<TextItem>();
        var pairs = new List<MiningPair>(items.Count);
        var positives = new List<int[]>(items.Count);
        var sameQuestion = new List<int[]>(items.Count);
        var queryCategories = new List<string?>(items.Count);
        var corpusCategories = new List<string?>();
        foreach (var item in items)
        {
            string? category = categories is not null && categories.TryGetValue(item.Question.Id, out var c) ? c : null;
            int first = corpus.Count;
            queries.Add(new TextItem(item.Question.Id, item.Question.Text, IsQuery: true));
            queryCategories.Add(category);
            foreach (var answer in item.Answers)
            {
                corpus.Add(new TextItem(answer.Id, answer.Body));
                corpusCategories.Add(category);
            }
            pairs.Add(new MiningPair(queries.Count - 1, first));
            positives.Add([first]);
            sameQuestion.Add(Enumerable.Range(first + 1, item.Answers.Count - 1).ToArray());
        }
        return new MiningInput(queries, corpus, pairs, positives, sameQuestion,
                               categories is null ? null : queryCategories, categories is null ? null : corpusCategories);
    }
}
