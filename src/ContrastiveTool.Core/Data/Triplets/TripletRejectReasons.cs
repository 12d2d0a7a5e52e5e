using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Triplets;

/// <summary>Every reason the triplet reader rejects a row, as written to the rejects file.</summary>
public static class TripletRejectReasons
{
    public const string MalformedJson = JsonFailure.Malformed;
    public const string TruncatedJson = JsonFailure.Truncated;
    public const string NotAnObject = JsonObjectRowParser<TripletRecord>.NotAnObject;
    public const string MissingAnchor = "missing anchor";
    public const string MissingPositive = "missing positive";
    public const string NoNegatives = "no negatives";
    public const string NotText = "field not text";

    /// <summary>All of them, for help texts and tests.</summary>
    public static IReadOnlyList<string> All { get; } =
        [MalformedJson, TruncatedJson, NotAnObject, MissingAnchor, MissingPositive, NoNegatives, NotText];
}
