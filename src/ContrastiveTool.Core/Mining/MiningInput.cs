using ContrastiveTool.Core.Models.Embeddings;

namespace ContrastiveTool.Core.Mining;

/// <summary>What a miner mines from, independent of the file format: queries, a corpus, (query, positive) pairs, and
/// what must never be a query's negative. Ranked QA builds one with <see cref="RankedQaMiningInput"/>; any other reader
/// (triplets, CPO, KTO-as-pairs) feeds the same record.</summary>
/// <param name="Queries">Query texts with ids (<see cref="TextItem.IsQuery"/> set, so encoders add their query prefix).</param>
/// <param name="Corpus">Candidate texts with ids; negatives are indices into it.</param>
/// <param name="Pairs">The rows of the output, in order.</param>
/// <param name="Positives">Per query: every corpus index that answers it. Never a negative of that query.</param>
/// <param name="SameQuestion">Per query: the lower-ranked answers of its own question, best first (a candidate, excluded, or
/// tier 0, as <see cref="SameQuestionMode"/> says); empty arrays when the format has none.</param>
/// <param name="QueryCategories">Per query: its category, or null; null list when there are none.</param>
/// <param name="CorpusCategories">Per corpus item: its category, or null; null list when there are none.</param>
public sealed record MiningInput(
    IReadOnlyList<TextItem> Queries,
    IReadOnlyList<TextItem> Corpus,
    IReadOnlyList<MiningPair> Pairs,
    IReadOnlyList<int[]> Positives,
    IReadOnlyList<int[]> SameQuestion,
    IReadOnlyList<string?>? QueryCategories = null,
    IReadOnlyList<string?>? CorpusCategories = null)
{
    /// <summary>Checks sizes and indices.</summary>
    /// <exception cref="ArgumentException">A list has the wrong length or an index is out of range.</exception>
    public void Validate()
    {
        if (Positives.Count != Queries.Count || SameQuestion.Count != Queries.Count)
            throw new ArgumentException("Positives and SameQuestion need one entry per query");
        if (QueryCategories is not null && QueryCategories.Count != Queries.Count)
            throw new ArgumentException("QueryCategories needs one entry per query");
        if (CorpusCategories is not null && CorpusCategories.Count != Corpus.Count)
            throw new ArgumentException("CorpusCategories needs one entry per corpus item");
        foreach (var (query, positive) in Pairs)
            if ((uint)query >= (uint)Queries.Count || (uint)positive >= (uint)Corpus.Count)
                throw new ArgumentException($"pair ({query}, {positive}) is out of range");
        if (Positives.Concat(SameQuestion).SelectMany(p => p).Any(i => (uint)i >= (uint)Corpus.Count))
            throw new ArgumentException("a positive or same-question index is out of range");
    }
}
