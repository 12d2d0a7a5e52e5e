using System.Reflection;
using Spectre.Console.Cli;

namespace ContrastiveTool.Cli.Verbs;

/// <summary>The config-key flags a verb's settings were given: each string option whose long name is a config key
/// (<c>--batch-size</c> → <c>batch_size</c>), as (key, raw text), in declaration order.</summary>
public static class ConfigKeyFlags
{
    /// <param name="settings">The parsed settings.</param>
    /// <param name="notKeys">Names of the string properties that are the verb's own options, not config keys.</param>
    public static IReadOnlyList<(string Key, string Text)> Of(CommandSettings settings, params string[] notKeys)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.GetType().GetProperties()
            .Select(p => (Property: p, Option: p.GetCustomAttribute<CommandOptionAttribute>()))
            .Where(p => p.Option is not null && p.Property.PropertyType == typeof(string) && !notKeys.Contains(p.Property.Name))
            .Select(p => (Key: p.Option!.LongNames[0].Replace('-', '_'), Text: (string?)p.Property.GetValue(settings)))
            .Where(p => p.Text is not null)
            .Select(p => (p.Key, p.Text!))
            .ToList();
    }
}
