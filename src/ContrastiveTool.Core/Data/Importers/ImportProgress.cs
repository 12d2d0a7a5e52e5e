namespace ContrastiveTool.Core.Data.Importers;

/// <summary>Where an import is: the stage it runs and how far it got (in the stage's own unit: bytes, verses, synsets).</summary>
public readonly record struct ImportProgress(string Stage, long Done, long Total);
