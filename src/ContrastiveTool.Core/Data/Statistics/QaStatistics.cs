namespace ContrastiveTool.Core.Data.Statistics;

/// <summary>What <c>data stats</c> reports about a ranked-QA file.</summary>
/// <param name="Questions">Good rows (questions) read.</param>
/// <param name="Answers">Answers over all good rows.</param>
/// <param name="AnswersPerQuestion">Answers per question.</param>
/// <param name="Scores">Answer vote scores.</param>
/// <param name="ShareScoreAtMostZero">Share of answers with score ≤ 0.</param>
/// <param name="ShareAccepted">Share of questions with an accepted answer.</param>
/// <param name="ShareAcceptedIsTop">Among questions with an accepted answer, the share where it is also rank 0.</param>
/// <param name="QuestionWords">Words per question text (title + body).</param>
/// <param name="AnswerWords">Words per answer body.</param>
/// <param name="Categories">Questions per category, most frequent first (ties by name); empty when no question has one.</param>
public sealed record QaStatistics(
    long Questions,
    long Answers,
    Distribution AnswersPerQuestion,
    Distribution Scores,
    double ShareScoreAtMostZero,
    double ShareAccepted,
    double ShareAcceptedIsTop,
    Distribution QuestionWords,
    Distribution AnswerWords,
    IReadOnlyDictionary<string, long> Categories);
