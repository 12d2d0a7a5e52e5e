using ContrastiveTool.Core.Losses;

namespace ContrastiveTool.Core.Transforms;

/// <summary>A registered transform: its name, the batch kind it produces, the settings it reads and how to build it.</summary>
public sealed record TransformDescriptor(string Name, BatchKind Produces, string Description, IReadOnlyList<string> Parameters,
                                         Func<TransformOptions, IBatchTransform> Create);
