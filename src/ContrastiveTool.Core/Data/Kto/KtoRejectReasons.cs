using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Kto;

/// <summary>Every reason the KTO reader rejects a row, as written to the rejects file.</summary>
public static class KtoRejectReasons
{
    public const string MalformedJson = JsonFailure.Malformed;
    public const string TruncatedJson = JsonFailure.Truncated;
    public const string NotAnObject = JsonObjectRowParser<KtoRecord>.NotAnObject;
    public const string UnknownRowForm = "unknown row form";
    public const string MissingPrompt = "missing prompt";
    public const string MissingCompletion = "missing completion";
    public const string MissingLabel = "missing label";
    public const string UnknownLabel = "unknown label";
    public const string ChosenEqualsRejected = "chosen equals rejected";
    public const string BadRankings = "rankings do not match responses";
    public const string TooFewResponses = "too few responses";
    public const string BadMessages = "messages not [{role, content}]";
    public const string NoUserTurn = "no user turn";
    public const string NoAssistantReply = "no assistant reply";

    /// <summary>All of them, for help texts and tests.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        MalformedJson, TruncatedJson, NotAnObject, UnknownRowForm, MissingPrompt, MissingCompletion, MissingLabel,
        UnknownLabel, ChosenEqualsRejected, BadRankings, TooFewResponses, BadMessages, NoUserTurn, NoAssistantReply,
    ];
}
