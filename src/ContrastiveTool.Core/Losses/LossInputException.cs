namespace ContrastiveTool.Core.Losses;

/// <summary>A loss got inputs or parameters it cannot work with; the message says which and how to fix it.</summary>
public sealed class LossInputException(string message) : UserInputException(message);
