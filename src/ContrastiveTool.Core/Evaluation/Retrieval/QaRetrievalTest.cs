using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Models.Encoders;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Retrieval;

/// <summary>Ranked Q&amp;A as a retrieval task: every question searches the corpus of all answers of the file.</summary>
/// <remarks>Judgments: a question's top answer is relevant (grade 1), its other answers are judged non-relevant (0), every
/// other answer is unjudged (non-relevant, as trec_eval).</remarks>
public static class QaRetrievalTest
{
    /// <summary>The corpus: every answer of every question, in file order, with the index of its question.</summary>
    public static IReadOnlyList<(int Question, QaAnswer Answer)> Corpus(IReadOnlyList<RankedQaItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.SelectMany((item, q) => item.Answers.Select(a => (Question: q, Answer: a))).ToList();
    }

    /// <summary>Embeds the questions and the answer corpus and judges each question's top-k over the whole corpus, searched
    /// through an index of kind <paramref name="indexKind"/> (<see cref="Mining.Search.IndexCatalog"/>).</summary>
    public static EvaluationResult Evaluate(IReadOnlyList<RankedQaItem> items, ITextEncoder encoder, EncodeOptions options,
        IReadOnlyList<Metrics.MetricSpec> metrics, Metrics.MetricOptions metricOptions, CancellationToken cancellationToken = default,
        string indexKind = "exact")
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(encoder);
        var questions = EmbeddingRunner.Encode(encoder, items.Select(i => encoder.QueryPrefix + i.Question.Text).ToList(), options, null, cancellationToken);
        var corpus = EmbeddingRunner.Encode(encoder, Corpus(items).Select(a => a.Answer.Body).ToList(), options, null, cancellationToken);
        return Evaluate(items, questions, corpus, metrics, metricOptions, cancellationToken, indexKind);
    }

    /// <summary>Judges each question's top-k over the corpus from embeddings made beforehand.</summary>
    /// <remarks><paramref name="questions"/> has one row per item, in item order; <paramref name="corpus"/> one row per
    /// answer, in <see cref="Corpus"/> order.</remarks>
    public static EvaluationResult Evaluate(IReadOnlyList<RankedQaItem> items, EmbeddingMatrix questions, EmbeddingMatrix corpus,
        IReadOnlyList<Metrics.MetricSpec> metrics, Metrics.MetricOptions metricOptions, CancellationToken cancellationToken = default,
        string indexKind = "exact")
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(corpus);
        var answers = Corpus(items);
        if (questions.Count != items.Count || corpus.Count != answers.Count)
            throw new ArgumentException($"expected {items.Count} question and {answers.Count} answer embeddings, got {questions.Count} and {corpus.Count}");
        using var scope = torch.NewDisposeScope();
        using var judgments = new Judgments(items.Count, answers.Count,
            torch.tensor(answers.Select(a => (long)a.Question).ToArray()),                  // (P) every answer is judged for its own question
            torch.arange(answers.Count, ScalarType.Int64),                                   // (P)
            torch.tensor(answers.Select(a => a.Answer.Rank == 0 ? 1f : 0f).ToArray()));      // (P) top answer relevant
        return new RetrievalEvaluator(indexKind).Evaluate(items.Select(i => i.Question.Id).ToList(),
            torch.tensor(questions.Values, questions.Count, questions.Dimension),           // (Q, d)
            torch.tensor(corpus.Values, corpus.Count, corpus.Dimension),                     // (N, d)
            judgments, metrics, metricOptions, cancellationToken);
    }
}
