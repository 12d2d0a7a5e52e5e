namespace ContrastiveTool.Core.Models.Encoders;

/// <summary>A named encoder the CLI and configs can ask for: its name, a one-line description and how to build it from a seed.</summary>
public sealed record EncoderDescriptor(string Name, string Description, Func<long, ITextEncoder> Create);
