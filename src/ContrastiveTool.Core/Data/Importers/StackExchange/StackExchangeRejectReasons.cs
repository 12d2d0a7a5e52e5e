namespace ContrastiveTool.Core.Data.Importers.StackExchange;

/// <summary>Every reason the StackExchange importer rejects a CSV row, as written to its rejects files.</summary>
public static class StackExchangeRejectReasons
{
    public const string MalformedCsv = "malformed CSV";
    public const string WrongColumnCount = "wrong column count";
    public const string NonNumericId = "non-numeric id";
    public const string NonNumericParentId = "non-numeric parent id";
    public const string NonNumericScore = "non-numeric score";
    public const string EmptyTitle = "empty title";
    public const string EmptyBody = "empty body";
    public const string DuplicateId = "duplicate id";

    /// <summary>All of them, for help texts and tests.</summary>
    public static IReadOnlyList<string> All { get; } =
        [MalformedCsv, WrongColumnCount, NonNumericId, NonNumericParentId, NonNumericScore, EmptyTitle, EmptyBody, DuplicateId];
}
