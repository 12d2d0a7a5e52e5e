using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.RankedQa;

/// <summary>Every reason the ranked-QA reader rejects a row, as written to the rejects file.</summary>
public static class QaRejectReasons
{
    public const string MalformedJson = JsonFailure.Malformed;
    public const string TruncatedJson = JsonFailure.Truncated;
    public const string NotAnObject = "not an object";
    public const string MissingQuestionId = "missing question id";
    public const string MissingQuestionTitle = "missing question title";
    public const string NoAnswers = "no answers";
    public const string AnswerNotAnObject = "answer not an object";
    public const string MissingScore = "missing score";
    public const string NonNumericScore = "non-numeric score";
    public const string EmptyAnswerBody = "empty answer body";
    public const string DuplicateQuestionId = "duplicate question id";

    /// <summary>All of them, for help texts and tests.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        MalformedJson, TruncatedJson, NotAnObject, MissingQuestionId, MissingQuestionTitle, NoAnswers,
        AnswerNotAnObject, MissingScore, NonNumericScore, EmptyAnswerBody, DuplicateQuestionId,
    ];
}
