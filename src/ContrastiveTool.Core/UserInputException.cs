namespace ContrastiveTool.Core;

/// <summary>The input or an option is wrong in a way the user can fix; the message says what and how.</summary>
/// <remarks>The command line turns it into exit code 1 and prints the message, never a stack trace.</remarks>
public class UserInputException(string message, Exception? inner = null) : Exception(message, inner);
