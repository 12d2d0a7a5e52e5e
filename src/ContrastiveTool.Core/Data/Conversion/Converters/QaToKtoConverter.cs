using ContrastiveTool.Core.Data.Kto;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;

namespace ContrastiveTool.Core.Data.Conversion.Converters;

/// <summary>Ranked QA → KTO rows: prompt = the question (title + body); the top-ranked answer is good, every other answer
/// with score ≤ 0 bad; answers in between (lower-ranked but scored above 0) are neither, and counted as skipped.</summary>
public sealed class QaToKtoConverter : IDataConverter
{
    public const string Unlabelled = "answers neither top nor scored ≤ 0";

    /// <inheritdoc/>
    public string From => "qa";

    /// <inheritdoc/>
    public string To => "kto";

    /// <inheritdoc/>
    public string Description => "TRL unpaired rows: top answer good, answers scored ≤ 0 bad";

    /// <inheritdoc/>
    public ConversionSummary Convert(ConversionRequest request, ReadReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var skipped = new Dictionary<string, long>();
        return KtoOutput.Write(request, report, r => Rows(request.Input, r, skipped, cancellationToken), skipped, cancellationToken);
    }

    private static IEnumerable<KtoRow> Rows(string input, ReadReport report, Dictionary<string, long> skipped, CancellationToken cancellationToken)
    {
        skipped[Unlabelled] = 0;   // a balanced run reads twice; count once
        foreach (var item in new RankedQaReader().Read(input, report, cancellationToken))
        {
            string prompt = item.Question.Text;
            yield return new KtoRow(prompt, item.Positive.Body, true, item.Line);
            foreach (var answer in item.HardNegatives)
            {
                if (answer.Score <= 0)
                    yield return new KtoRow(prompt, answer.Body, false, item.Line);
                else
                    skipped[Unlabelled]++;
            }
        }
    }
}
