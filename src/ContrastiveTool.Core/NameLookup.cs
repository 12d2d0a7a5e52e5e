namespace ContrastiveTool.Core;

/// <summary>Finds a registered strategy by name; an unknown name gets "did you mean …" and the full list.</summary>
public static class NameLookup
{
    /// <summary>The item of <paramref name="items"/> whose name is <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="UserInputException">No item has that name.</exception>
    public static T Find<T>(IEnumerable<T> items, Func<T, string> nameOf, string name, string kind)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(nameOf);
        var list = items.ToList();
        int match = list.FindIndex(i => string.Equals(nameOf(i), name?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match >= 0)
            return list[match];
        var names = list.Select(nameOf).ToList();
        string closest = names.OrderBy(n => EditDistance(n, name ?? "")).First();
        string hint = EditDistance(closest, name ?? "") <= Math.Max(2, closest.Length / 3) ? $"did you mean '{closest}'? " : "";
        throw new UserInputException($"unknown {kind} '{name}': {hint}known: {string.Join(", ", names)}");
    }

    /// <summary>Levenshtein distance, case-insensitive.</summary>
    public static int EditDistance(string a, string b)
    {
        a = a.ToLowerInvariant(); b = b.ToLowerInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
