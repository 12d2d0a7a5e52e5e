using System.Globalization;

namespace ContrastiveTool.Core.Data.Importers.WordNet;

/// <summary>Parses WordNet's own <c>data.noun</c>, <c>data.verb</c>, <c>data.adj</c> and <c>data.adv</c> files (wndb(5WN)).</summary>
/// <remarks>A data line is <c>synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id ...] p_cnt
/// [pointer_symbol synset_offset pos source/target ...] [frames ...] | gloss</c>: w_cnt is two hexadecimal
/// digits, p_cnt three decimal ones, each pointer four fields. Lines that start with two spaces are the
/// licence header and are skipped. Adjective satellites (ss_type <c>s</c>) and pointers to them use the
/// <c>a</c> file's ids, since both live in <c>data.adj</c>.</remarks>
public static class WordNetDataFileParser
{
    /// <summary>Every synset of the data file at <paramref name="path"/>.</summary>
    /// <exception cref="UserInputException">A line does not follow the format (the message names file and line).</exception>
    public static IEnumerable<WordNetSynset> Read(string path, IReadOnlyList<string> lexicographerFiles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(lexicographerFiles);
        long number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith("  ", StringComparison.Ordinal))
                continue;
            WordNetSynset synset;
            try
            {
                synset = ParseLine(line, lexicographerFiles);
            }
            catch (FormatException exception)
            {
                throw new UserInputException($"{path}:{number}: not a WordNet data line ({exception.Message})", exception);
            }
            yield return synset;
        }
    }

    /// <summary>Parses one data line.</summary>
    /// <exception cref="FormatException">The line does not follow the format.</exception>
    public static WordNetSynset ParseLine(string line, IReadOnlyList<string> lexicographerFiles)
    {
        ArgumentNullException.ThrowIfNull(line);
        int bar = line.IndexOf(" | ", StringComparison.Ordinal);
        string gloss = bar < 0 ? "" : line[(bar + 3)..].Trim();
        string[] fields = (bar < 0 ? line : line[..bar]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int at = 0;
        string Next(string what) => at < fields.Length ? fields[at++] : throw new FormatException($"missing {what}");

        string offset = Next("synset_offset");
        if (offset.Length != 8 || !offset.All(char.IsAsciiDigit))
            throw new FormatException($"synset_offset '{offset}' is not 8 digits");
        int lexNumber = ParseInt(Next("lex_filenum"), NumberStyles.None, "lex_filenum");
        if (lexNumber >= lexicographerFiles.Count)
            throw new FormatException($"lex_filenum {lexNumber} has no lexicographer file");
        char pos = FilePos(Next("ss_type"));
        int wordCount = ParseInt(Next("w_cnt"), NumberStyles.AllowHexSpecifier, "w_cnt");
        var lemmas = new string[wordCount];
        for (int w = 0; w < wordCount; w++)
        {
            lemmas[w] = Lemma(Next("word"));
            Next("lex_id");
        }
        int pointerCount = ParseInt(Next("p_cnt"), NumberStyles.None, "p_cnt");
        var pointers = new WordNetPointer[pointerCount];
        for (int p = 0; p < pointerCount; p++)
        {
            string symbol = Next("pointer_symbol"), target = Next("pointer offset"), targetPos = Next("pointer pos");
            Next("source/target");
            pointers[p] = new WordNetPointer(symbol, FilePos(targetPos) + target);
        }
        return new WordNetSynset(pos + offset, lexicographerFiles[lexNumber], lemmas, pointers, gloss);
    }

    /// <summary>The data file a part of speech lives in: n, v, a (adjectives and satellites s), r.</summary>
    private static char FilePos(string type) => type switch
    {
        "n" => 'n',
        "v" => 'v',
        "a" or "s" => 'a',
        "r" => 'r',
        _ => throw new FormatException($"unknown part of speech '{type}'"),
    };

    // "ice_hockey" → "ice hockey"; "galore(ip)" → "galore".
    private static string Lemma(string word)
    {
        int marker = word.EndsWith(')') ? word.LastIndexOf('(') : -1;
        return (marker > 0 ? word[..marker] : word).Replace('_', ' ');
    }

    private static int ParseInt(string text, NumberStyles style, string what) =>
        int.TryParse(text, style, CultureInfo.InvariantCulture, out int value) ? value : throw new FormatException($"{what} '{text}' is not a number");
}
