namespace ContrastiveTool.Core.Data.Importers.Dictd;

/// <summary>One line of a dictd <c>.index</c>: a headword and where its entry is in the uncompressed <c>.dict</c>.</summary>
/// <remarks>The line is <c>headword TAB offset TAB length</c>, offset and length written in dictd's base 64
/// (digits <c>A–Z a–z 0–9 + /</c>, most significant first: <c>B</c> = 1, <c>BA</c> = 64).</remarks>
public readonly record struct DictdIndexEntry(string Headword, long Offset, int Length)
{
    private const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>Entries whose headword starts with <c>00database</c> / <c>00-database</c> describe the dictionary itself.</summary>
    public bool IsMetadata => Headword.StartsWith("00database", StringComparison.Ordinal) || Headword.StartsWith("00-database", StringComparison.Ordinal);

    /// <summary>Parses one index line.</summary>
    /// <exception cref="FormatException">Not three tab-separated fields with base-64 numbers.</exception>
    public static DictdIndexEntry Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string[] fields = line.Split('\t');
        if (fields.Length != 3)
            throw new FormatException($"expected headword, offset and length separated by tabs, got {fields.Length} field(s)");
        long length = Decode(fields[2]);
        if (length > int.MaxValue)
            throw new FormatException($"entry length {length} is too large");
        return new DictdIndexEntry(fields[0], Decode(fields[1]), (int)length);
    }

    /// <summary>The value of a dictd base-64 number.</summary>
    public static long Decode(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.Length is 0 or > 10)
            throw new FormatException($"'{digits}' is not a dictd base-64 number");
        long value = 0;
        foreach (char c in digits)
        {
            int digit = Digits.IndexOf(c);
            if (digit < 0)
                throw new FormatException($"'{c}' is not a dictd base-64 digit");
            value = value * 64 + digit;
        }
        return value;
    }

    /// <summary>Writes <paramref name="value"/> in dictd's base 64 (for tests and fixtures).</summary>
    public static string Encode(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        string text = "";
        do
        {
            text = Digits[(int)(value % 64)] + text;
            value /= 64;
        } while (value > 0);
        return text;
    }
}
