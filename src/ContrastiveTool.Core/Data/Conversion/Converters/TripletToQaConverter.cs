using System.Security.Cryptography;
using System.Text;
using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Data.Rejects;
using ContrastiveTool.Core.Data.Triplets;

namespace ContrastiveTool.Core.Data.Conversion.Converters;

/// <summary>Triplet input (any form) → ranked QA, so triplets can be mined, trained on and judged like questions and
/// answers: question = the anchor, answers = the positive (score 1, rank 0) and the negatives (score 0, in order).</summary>
/// <remarks>Ids come from the text: question <c>q-</c> and answer <c>d-</c> + the first 12 hex digits of the SHA-256 of
/// the text, so the same text is the same document wherever it occurs (what mining's positive guard and the held-out
/// test match on). An anchor seen before keeps its first row; later rows of it are counted under
/// <see cref="RepeatedAnchor"/> (a ranked-QA question has one positive). A negative equal to the positive is dropped.</remarks>
public sealed class TripletToQaConverter : IDataConverter
{
    public const string RepeatedAnchor = "rows whose anchor came before (its first row is kept)";

    /// <inheritdoc/>
    public string From => "triplet";

    /// <inheritdoc/>
    public string To => "qa";

    /// <inheritdoc/>
    public string Description => "ranked QA {question, answers}: positive score 1, negatives score 0, ids from the text";

    /// <inheritdoc/>
    public ConversionSummary Convert(ConversionRequest request, ReadReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var skipped = new Dictionary<string, long> { [RepeatedAnchor] = 0 };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var writer = new RankedQaWriter(request.Output);
        foreach (var row in new TripletReader().Read(request.Input, report, cancellationToken).SelectMany(r => r.Triplets))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!seen.Add(row.Anchor))
            {
                skipped[RepeatedAnchor]++;
                continue;
            }
            writer.Write(Item(row));
        }
        writer.Commit();
        return new ConversionSummary(writer.Count, skipped);
    }

    /// <summary>The ranked-QA row of one triplet.</summary>
    public static RankedQaItem Item(TripletRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var answers = new List<QaAnswer> { new(Id("d-", row.Positive), row.Positive, 1, false, 0) };
        foreach (var negative in row.Negatives.Where(n => !string.Equals(n, row.Positive, StringComparison.Ordinal)))
            answers.Add(new QaAnswer(Id("d-", negative), negative, 0, false, answers.Count));
        return new RankedQaItem(new QaQuestion(Id("q-", row.Anchor), row.Anchor, ""), answers, row.Line);
    }

    /// <summary><paramref name="prefix"/> + the first 12 hex digits of SHA-256(UTF-8 of <paramref name="text"/>).</summary>
    public static string Id(string prefix, string text) =>
        prefix + System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
