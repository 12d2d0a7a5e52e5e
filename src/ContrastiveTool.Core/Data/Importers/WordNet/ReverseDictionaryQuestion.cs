using ContrastiveTool.Core.Data.RankedQa;

namespace ContrastiveTool.Core.Data.Importers.WordNet;

/// <summary>Turns a synset into a reverse-dictionary question with graded answers.</summary>
/// <remarks>Question: the gloss without its examples (<see cref="WordNetGloss.Definition"/>); category: the
/// lexicographer file. Answers, each a synset written "lemma, lemma" (id = synset id):
/// score 3 the synset itself; score 2 its direct hypernyms and hyponyms (pointers @, @i, ~, ~i);
/// score 1 its co-hyponyms (the other hyponyms of its hypernyms). A synset appears once, at its best grade;
/// an answer whose words equal the synset's own is left out (it could not be told apart from the positive).
/// Each lower grade keeps at most <c>maxPerGrade</c>, a seeded sample in pointer order.</remarks>
public sealed class ReverseDictionaryQuestion(IReadOnlyDictionary<string, WordNetSynset> synsets, int maxPerGrade)
{
    public const double SelfScore = 3, RelatedScore = 2, SisterScore = 1;

    /// <summary>The direct hypernyms and hyponyms of <paramref name="synset"/> that can be answers (never itself, never its words).</summary>
    public List<string> Related(WordNetSynset synset)
    {
        ArgumentNullException.ThrowIfNull(synset);
        return Distinct(synset, synset.Pointers.Where(p => p.IsHypernym || p.IsHyponym).Select(p => p.TargetId), []);
    }

    /// <summary>Co-hyponyms: other hyponyms of its hypernyms, minus itself and <paramref name="related"/>.</summary>
    public List<string> Sisters(WordNetSynset synset, IReadOnlyCollection<string> related)
    {
        ArgumentNullException.ThrowIfNull(synset);
        var candidates = synset.Pointers.Where(p => p.IsHypernym)
            .SelectMany(p => synsets.TryGetValue(p.TargetId, out var parent) ? parent.Pointers.Where(q => q.IsHyponym) : [])
            .Select(p => p.TargetId);
        return Distinct(synset, candidates, related);
    }

    /// <summary>The id of the question asking for <paramref name="synsetId"/>: the synset's id plus <c>-gloss</c>, so that
    /// it differs from the id of its own top answer (the synset) — one id per text, as embeddings files need.</summary>
    public static string QuestionId(string synsetId) => synsetId + "-gloss";

    /// <summary>The question for <paramref name="synset"/>; <paramref name="seed"/> picks the capped answers.</summary>
    public RankedQaItem Build(WordNetSynset synset, int seed)
    {
        ArgumentNullException.ThrowIfNull(synset);
        var related = Related(synset);
        var sisters = Sisters(synset, related);
        var answers = new List<QaAnswer> { Answer(synset, SelfScore, 0) };
        foreach (string id in SeededOrder.Sample(related, maxPerGrade, seed))
            answers.Add(Answer(synsets[id], RelatedScore, answers.Count));
        foreach (string id in SeededOrder.Sample(sisters, maxPerGrade, seed + 1))
            answers.Add(Answer(synsets[id], SisterScore, answers.Count));
        var question = new QaQuestion(QuestionId(synset.Id), WordNetGloss.Definition(synset.Gloss), "", synset.LexicographerFile);
        return new RankedQaItem(question, answers, 0);
    }

    private List<string> Distinct(WordNetSynset synset, IEnumerable<string> candidates, IReadOnlyCollection<string> excluded)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { synset.Id };
        var result = new List<string>();
        foreach (string id in candidates)
            if (!excluded.Contains(id) && seen.Add(id) && synsets.TryGetValue(id, out var target)
                && !string.Equals(target.Words, synset.Words, StringComparison.OrdinalIgnoreCase))
                result.Add(id);
        return result;
    }

    private static QaAnswer Answer(WordNetSynset synset, double score, int rank) => new(synset.Id, synset.Words, score, false, rank);
}
