namespace ContrastiveTool.Core.Losses;

/// <summary>A registered loss: its name, what it computes, its defaults, the batches it accepts, and how to build it.</summary>
/// <param name="Name">Registry name, as in configs (the seed project's names where it has one).</param>
/// <param name="Aliases">Other names that find it.</param>
/// <param name="Formula">The definition as plain text.</param>
/// <param name="Defaults">The parameters and their defaults, as <c>name=value</c> text.</param>
/// <param name="Parameters">The parameter names <see cref="Create"/> reads.</param>
/// <param name="Accepts">The batch kinds it computes on.</param>
/// <param name="Create">Builds the loss from parameters.</param>
public sealed record LossDescriptor(
    string Name,
    IReadOnlyList<string> Aliases,
    string Formula,
    string Defaults,
    IReadOnlyList<string> Parameters,
    BatchKind Accepts,
    Func<LossParameters, IContrastiveLoss> Create);
