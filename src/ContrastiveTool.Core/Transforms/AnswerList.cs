namespace ContrastiveTool.Core.Transforms;

/// <summary>One row of a listwise batch: a query and its answers in rank order, with scores scaled to the list's best.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="Query">The question's text.</param>
/// <param name="Answers">Up to <c>max_answers</c> answers, best first; <see cref="TextCandidate.Score"/> is the vote score / the list's
/// largest score when that is positive (the seed's normalisation), the raw score otherwise.</param>
public sealed record AnswerList(string QuestionId, string Query, IReadOnlyList<TextCandidate> Answers);
