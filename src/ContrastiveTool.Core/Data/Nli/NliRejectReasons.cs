using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Nli;

/// <summary>Every reason the NLI reader rejects a row, as written to the rejects file.</summary>
public static class NliRejectReasons
{
    public const string MalformedJson = JsonFailure.Malformed;
    public const string TruncatedJson = JsonFailure.Truncated;
    public const string NotAnObject = JsonObjectRowParser<NliRow>.NotAnObject;
    public const string MissingPremise = "missing premise";
    public const string MissingHypothesis = "missing hypothesis";
    public const string MissingLabel = "missing label";
    public const string UnknownLabel = "unknown label";

    /// <summary>All of them, for help texts and tests.</summary>
    public static IReadOnlyList<string> All { get; } =
        [MalformedJson, TruncatedJson, NotAnObject, MissingPremise, MissingHypothesis, MissingLabel, UnknownLabel];
}
