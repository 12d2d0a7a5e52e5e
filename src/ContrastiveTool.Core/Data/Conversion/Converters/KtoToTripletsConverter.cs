using ContrastiveTool.Core.Data.Kto;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Triplets;

namespace ContrastiveTool.Core.Data.Conversion.Converters;

/// <summary>KTO input (any form) → triplets: the rows of one prompt meet; each good completion becomes a triplet with
/// anchor = the prompt, positive = that completion, negatives = the prompt's bad completions.</summary>
/// <remarks>Prompts come out in first-seen order, good completions in file order, negatives distinct in file order (a
/// text labelled both good and bad stays a positive only). A prompt with no good or no bad completion yields nothing and
/// is counted under <see cref="NoGood"/> or <see cref="NoBad"/>. Holds the file's rows in memory (grouping needs them all).</remarks>
public sealed class KtoToTripletsConverter(TripletLayout layout) : IDataConverter
{
    public const string NoGood = "prompts without a good completion";
    public const string NoBad = "prompts without a bad completion";

    /// <inheritdoc/>
    public string From => "kto";

    /// <inheritdoc/>
    public string To => TripletOutput.Name(layout);

    /// <inheritdoc/>
    public string Description => $"{TripletOutput.Shape(layout)}: anchor = prompt, positive = a good completion, negatives = its bad ones";

    /// <inheritdoc/>
    public ConversionSummary Convert(ConversionRequest request, ReadReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = new KtoReader(request.KtoOptions).Read(request.Input, report, cancellationToken).SelectMany(r => r.Rows).ToList();
        var skipped = new Dictionary<string, long> { [NoGood] = 0, [NoBad] = 0 };
        return TripletOutput.Write(request, layout, Triplets(rows, skipped), skipped, cancellationToken);
    }

    /// <summary>The triplets of <paramref name="rows"/>; prompts that give none are counted into <paramref name="skipped"/>.</summary>
    public static IEnumerable<TripletRow> Triplets(IReadOnlyList<KtoRow> rows, Dictionary<string, long> skipped)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(skipped);
        foreach (var prompt in rows.GroupBy(r => r.Prompt, StringComparer.Ordinal))
        {
            var good = prompt.Where(r => r.Label).DistinctBy(r => r.Completion, StringComparer.Ordinal).ToList();
            var goodTexts = good.Select(r => r.Completion).ToHashSet(StringComparer.Ordinal);
            var bad = prompt.Where(r => !r.Label && !goodTexts.Contains(r.Completion)).Select(r => r.Completion)
                .Distinct(StringComparer.Ordinal).ToList();
            if (good.Count == 0 || bad.Count == 0)
            {
                string reason = good.Count == 0 ? NoGood : NoBad;
                skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
                continue;
            }
            foreach (var row in good)
                yield return new TripletRow(prompt.Key, row.Completion, bad, row.SourceLine);
        }
    }
}
