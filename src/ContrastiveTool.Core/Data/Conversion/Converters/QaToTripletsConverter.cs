using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Triplets;

namespace ContrastiveTool.Core.Data.Conversion.Converters;

/// <summary>Ranked QA → triplets: anchor = the question (title + body), positive = the top-ranked answer, negatives =
/// the lower-ranked answers of the same question, in rank order. A question with one answer has no negative: skipped
/// and counted.</summary>
public sealed class QaToTripletsConverter(TripletLayout layout) : IDataConverter
{
    public const string OneAnswer = "questions with one answer (no negative)";

    /// <inheritdoc/>
    public string From => "qa";

    /// <inheritdoc/>
    public string To => TripletOutput.Name(layout);

    /// <inheritdoc/>
    public string Description => $"{TripletOutput.Shape(layout)}: positive = top answer, negatives = lower-ranked answers";

    /// <inheritdoc/>
    public ConversionSummary Convert(ConversionRequest request, ReadReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var skipped = new Dictionary<string, long> { [OneAnswer] = 0 };
        var rows = new RankedQaReader().Read(request.Input, report, cancellationToken).Where(item =>
        {
            if (item.Answers.Count > 1) return true;
            skipped[OneAnswer]++;
            return false;
        }).Select(item => new TripletRow(item.Question.Text, item.Positive.Body, item.HardNegatives.Select(a => a.Body).ToList(), item.Line));
        return TripletOutput.Write(request, layout, rows, skipped, cancellationToken);
    }
}
