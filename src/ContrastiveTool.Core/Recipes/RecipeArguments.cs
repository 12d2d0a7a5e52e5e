using System.Globalization;

namespace ContrastiveTool.Core.Recipes;

/// <summary>Named values in a recipe's arguments: <c>--name value</c> or <c>--name=value</c>; the last occurrence wins.</summary>
public static class RecipeArguments
{
    /// <summary>The value given to <c>--<paramref name="name"/></c>, or null when absent.</summary>
    /// <exception cref="UserInputException">The option is the last argument, with no value after it.</exception>
    public static string? Find(IReadOnlyList<string> args, string name)
    {
        ArgumentNullException.ThrowIfNull(args);
        string option = Option(name);
        string? value = null;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith(option + "=", StringComparison.Ordinal))
                value = args[i][(option.Length + 1)..];
            else if (args[i] == option)
                value = i + 1 < args.Count ? args[++i]
                    : throw new UserInputException($"recipe argument {option} needs a value, e.g. `-- {option} VALUE`");
        }
        return value;
    }

    /// <summary>The whole number given to <c>--<paramref name="name"/></c>, or <paramref name="fallback"/> when absent.</summary>
    /// <exception cref="UserInputException">A value that is not a whole number, or below <paramref name="minimum"/>.</exception>
    public static int FindInt(IReadOnlyList<string> args, string name, int fallback, int minimum = int.MinValue)
    {
        if (Find(args, name) is not { } text)
            return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            throw new UserInputException($"recipe argument {Option(name)} must be a whole number, got '{text}'");
        return value >= minimum ? value
            : throw new UserInputException($"recipe argument {Option(name)} must be at least {minimum}, got {value}");
    }

    /// <summary>The number given to <c>--<paramref name="name"/></c> (<c>1e-4</c>, <c>0.5</c>), or <paramref name="fallback"/> when absent.</summary>
    /// <exception cref="UserInputException">A value that is not a finite number, or below <paramref name="minimum"/>.</exception>
    public static double FindDouble(IReadOnlyList<string> args, string name, double fallback, double minimum = double.MinValue)
    {
        if (Find(args, name) is not { } text)
            return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new UserInputException($"recipe argument {Option(name)} must be a number, got '{text}'");
        return value >= minimum ? value
            : throw new UserInputException($"recipe argument {Option(name)} must be at least {minimum.ToString(CultureInfo.InvariantCulture)}, got {text}");
    }

    /// <summary>Whether <c>--<paramref name="name"/></c> (or <c>--name=…</c>) is among <paramref name="args"/>.</summary>
    public static bool Has(IReadOnlyList<string> args, string name)
    {
        ArgumentNullException.ThrowIfNull(args);
        string option = Option(name);
        return args.Any(a => a == option || a.StartsWith(option + "=", StringComparison.Ordinal));
    }

    private static string Option(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name.StartsWith("--", StringComparison.Ordinal) ? name : "--" + name;
    }
}
