using System.Globalization;
using System.Text.RegularExpressions;

namespace ContrastiveTool.Core.Data.Importers.Quran;

/// <summary>Where each rukuʿ (thematic section) starts, from npm quran-meta's Hafs lists.</summary>
/// <remarks>quran-meta ships <c>src/lists/HafsLists.ts</c> with <c>export const RukuList: AyahId[] = [0, 1, 8, 15, ...,
/// 6237]</c>: global verse numbers (1 = 1:1, 6236 = 114:6) where rukuʿ 1, 2, ... start, after a 0 placeholder and up
/// to a sentinel one past the last verse. Rukuʿ r covers verses [list[r], list[r+1]).</remarks>
public sealed partial class RukuBoundaries
{
    private readonly int[] _starts;

    private RukuBoundaries(int[] starts) => _starts = starts;

    /// <summary>Number of rukuʿ (556 in the Hafs reading).</summary>
    public int Count => _starts.Length - 2;

    /// <summary>Number of verses the list covers (6236).</summary>
    public int Verses => _starts[^1] - 1;

    /// <summary>The rukuʿ (1-based) of the verse with global number <paramref name="verse"/> (1-based).</summary>
    public int RukuOf(int verse)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(verse, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(verse, Verses);
        int found = Array.BinarySearch(_starts, 1, _starts.Length - 1, verse);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>Reads the list from the quran-meta package folder.</summary>
    public static RukuBoundaries Read(string quranMetaFolder)
    {
        string path = ImportSources.RequireFile(Path.Combine(quranMetaFolder, "src", "lists", "HafsLists.ts"), "quran-meta's Hafs lists");
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses the <c>RukuList</c> array out of the TypeScript source <paramref name="source"/>.</summary>
    public static RukuBoundaries Parse(string source, string where)
    {
        ArgumentNullException.ThrowIfNull(source);
        var match = RukuListPattern().Match(source);
        if (!match.Success)
            throw new UserInputException($"{where}: no \"RukuList: AyahId[] = [...]\"; is this quran-meta 6.x's src/lists/HafsLists.ts?");
        int[] starts = match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(n => int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        if (starts.Length < 3 || starts[0] != 0 || starts[1] != 1 || starts.Zip(starts.Skip(1)).Any(p => p.First >= p.Second))
            throw new UserInputException($"{where}: RukuList must be 0, 1, then increasing verse numbers; got {starts.Length} numbers starting {string.Join(", ", starts.Take(3))}");
        return new RukuBoundaries(starts);
    }

    [GeneratedRegex(@"RukuList\s*:\s*AyahId\[\]\s*=\s*\[([\d\s,]*)\]")]
    private static partial Regex RukuListPattern();
}
