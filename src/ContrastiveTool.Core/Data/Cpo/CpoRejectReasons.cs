using ContrastiveTool.Core.Data.Json;

namespace ContrastiveTool.Core.Data.Cpo;

/// <summary>Every reason the CPO reader rejects a row, as written to the rejects file.</summary>
public static class CpoRejectReasons
{
    public const string MalformedJson = JsonFailure.Malformed;
    public const string TruncatedJson = JsonFailure.Truncated;
    public const string NotAnObject = JsonObjectRowParser<CpoRow>.NotAnObject;
    public const string MissingPrompt = "missing prompt";
    public const string MissingChosen = "missing chosen";
    public const string PromptTooShort = "prompt too short";
    public const string ChosenTooShort = "chosen too short";
    public const string NegativeTooShort = "negative too short";
    public const string NegativesNotText = "negatives not text";
    public const string NegativeEqualsChosen = "negative equals chosen";
    public const string TooFewNegatives = "too few negatives";
    public const string TooManyNegatives = "too many negatives";

    /// <summary>All of them, for help texts and tests.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        MalformedJson, TruncatedJson, NotAnObject, MissingPrompt, MissingChosen, PromptTooShort, ChosenTooShort,
        NegativeTooShort, NegativesNotText, NegativeEqualsChosen, TooFewNegatives, TooManyNegatives,
    ];
}
