using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Models.Encoders;
using ContrastiveTool.Core.Transforms;
using TorchSharp;
using static TorchSharp.torch;

namespace ContrastiveTool.Core.Evaluation.Standardized;

/// <summary>Builds the seed project's standardized test from ranked-QA rows by embedding them with a model.</summary>
/// <remarks>The selection is <see cref="StandardizedTestTransform"/>'s: each question's top answer is the positive and up to
/// <c>hardNegatives</c> (5 in the seed) of its lower-ranked answers, in rank order, are its hard negatives. Each question
/// (with the model's query prefix) is embedded once; all answers go through the encoder in one length-sorted pass.</remarks>
public static class StandardizedTestBuilder
{
    public const int SeedHardNegatives = StandardizedTestTransform.SeedHardNegatives;

    public static StandardizedTest Build(IReadOnlyList<RankedQaItem> items, ITextEncoder encoder, EncodeOptions options,
        int hardNegatives = SeedHardNegatives, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentOutOfRangeException.ThrowIfNegative(hardNegatives);
        var rows = new StandardizedTestTransform(hardNegatives).Apply(items, new Random(0)).Pairs;
        if (rows.Count < 2)
            throw new UserInputException($"the standardized test needs at least 2 questions (the others' answers are the negatives), got {rows.Count}");
        var negatives = rows.Select(r => r.Negatives).ToList();
        var questionTexts = rows.Select(r => encoder.QueryPrefix + r.Query).ToList();
        var answerTexts = rows.Select(r => r.Positive.Text).Concat(negatives.SelectMany(n => n.Select(a => a.Text))).ToList();
        var questions = EmbeddingRunner.Encode(encoder, questionTexts, options, progress, cancellationToken);
        var answers = EmbeddingRunner.Encode(encoder, answerTexts, options, progress, cancellationToken);

        int q = rows.Count, d = encoder.Dimension, h = Math.Max(1, negatives.Max(n => n.Count));
        var hard = new float[q * h * d];
        var mask = new bool[q * h];
        int next = q;                                                                        // answer rows after the positives
        for (int i = 0; i < q; i++)
            for (int k = 0; k < negatives[i].Count; k++, next++)
            {
                answers.Row(next).CopyTo(hard.AsSpan((i * h + k) * d, d));
                mask[i * h + k] = true;
            }
        return new StandardizedTest(
            rows.Select(r => r.QuestionId).ToList(),
            torch.tensor(questions.Values, q, d),                                            // (Q, d)
            torch.tensor(answers.Values.AsSpan(0, q * d).ToArray(), q, d),                   // (Q, d)
            torch.tensor(hard, q, h, d),                                                     // (Q, H, d)
            torch.tensor(mask, q, h));                                                       // (Q, H)
    }
}
