using ContrastiveTool.Core.Transforms.Mined;

namespace ContrastiveTool.Core.Training.Curriculum;

/// <summary>One curriculum stage: its name, how many epochs it trains, and which mined negatives it admits.</summary>
/// <param name="Name">easy, medium, hard (or "all").</param>
/// <param name="Epochs">Epochs this stage trains.</param>
/// <param name="Rule">The admission rule as text, for summaries (<c>tier ∈ {3, 4}</c>, <c>difficulty ≤ 0.6</c>).</param>
/// <param name="Admits">Whether a mined negative may be used in this stage.</param>
public sealed record CurriculumStage(string Name, int Epochs, string Rule, Func<MinedNegative, bool> Admits);
