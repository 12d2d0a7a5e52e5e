namespace ContrastiveTool.Core.Data.Rejects;

/// <summary>More rows were rejected than the caller allows; the message says how to proceed.</summary>
public sealed class RejectRatioExceededException(ReadReport report, double maxRatio)
    : UserInputException(
        $"{report.Rejected} of {report.Records} rows were rejected ({report.RejectRatio:P1}), more than the allowed {maxRatio:P1}. " +
        "Run `contrastive data validate <file> --rejects rejects.jsonl` to see each bad row and why, fix them, " +
        "or raise --max-reject-ratio.")
{
    public ReadReport Report { get; } = report;
}
