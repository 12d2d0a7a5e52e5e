using ContrastiveTool.Core.Data.RankedQa;
using ContrastiveTool.Core.Transforms.Mined;

namespace ContrastiveTool.Core.Transforms;

/// <summary>The transforms' settings, under the seed project's config keys.</summary>
/// <param name="TakeTop"><c>infonce</c>: the top answer (true) or a random one.</param>
/// <param name="PosCount"><c>multiple_positives</c>: answers per question.</param>
/// <param name="NegStrategy"><c>triplet</c>: hard_negative, in_batch or mixed.</param>
/// <param name="MaxAnswers"><c>listwise</c>: answers per list.</param>
/// <param name="Mined"><c>mined</c>: the mine output's rows.</param>
/// <param name="Answers"><c>mined</c>: the answers negatives may name, by id.</param>
/// <param name="Admits"><c>mined</c>: which negatives the current curriculum stage keeps.</param>
public sealed record TransformOptions(
    bool TakeTop = true, int PosCount = 3, string NegStrategy = "hard_negative", int MaxAnswers = 5,
    IReadOnlyList<MinedQuery>? Mined = null, IReadOnlyDictionary<string, QaAnswer>? Answers = null,
    Func<MinedNegative, bool>? Admits = null);
