namespace ContrastiveTool.Core.Mining;

/// <summary>A registered strategy: its name, one line on what it picks, and how to build it from the settings.</summary>
public sealed record MinerDescriptor(string Name, string Summary, Func<MinerSettings, INegativeMiner> Create);
