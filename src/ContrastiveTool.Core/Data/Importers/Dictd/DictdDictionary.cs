using System.IO.Compression;
using System.Text;

namespace ContrastiveTool.Core.Data.Importers.Dictd;

/// <summary>An installed dictd dictionary: <c>&lt;name&gt;.index</c> plus <c>&lt;name&gt;.dict.dz</c> (dictzip, a gzip
/// file: read here by plain decompression) or an uncompressed <c>&lt;name&gt;.dict</c>.</summary>
public sealed class DictdDictionary
{
    private readonly byte[] _text;

    private DictdDictionary(string name, IReadOnlyList<DictdIndexEntry> index, byte[] text)
    {
        Name = name;
        Index = index;
        _text = text;
    }

    public string Name { get; }

    /// <summary>Every index line in file order, the dictionary's own metadata entries included.</summary>
    public IReadOnlyList<DictdIndexEntry> Index { get; }

    /// <summary>The dictionary named <paramref name="name"/> in <paramref name="folder"/> (Debian: /usr/share/dictd).</summary>
    /// <exception cref="UserInputException">Missing files (with the fetch hint) or a malformed index line.</exception>
    public static DictdDictionary Open(string folder, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        string indexPath = Path.Combine(folder, name + ".index");
        if (!File.Exists(indexPath))
        {
            var installed = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.index").Select(Path.GetFileNameWithoutExtension).Order().ToList() : [];
            string known = installed.Count > 0 ? $"installed: {string.Join(", ", installed)}" : "none is installed";
            throw new UserInputException($"no dictd dictionary '{name}' in {folder} ({known}); {ImportSources.FetchHint}");
        }
        var index = new List<DictdIndexEntry>();
        long number = 0;
        foreach (string line in File.ReadLines(indexPath, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0)
                continue;
            try
            {
                index.Add(DictdIndexEntry.Parse(line));
            }
            catch (FormatException exception)
            {
                throw new UserInputException($"{indexPath}:{number}: {exception.Message}", exception);
            }
        }
        return new DictdDictionary(name, index, ReadText(folder, name));
    }

    /// <summary>The text of <paramref name="entry"/>.</summary>
    /// <exception cref="UserInputException">The entry points past the end of the .dict file.</exception>
    public string Text(DictdIndexEntry entry)
    {
        if (entry.Offset + entry.Length > _text.Length)
            throw new UserInputException($"{Name}.index: '{entry.Headword}' points to bytes {entry.Offset}–{entry.Offset + entry.Length} of a {_text.Length}-byte .dict; the index and the .dict do not match");
        return Encoding.UTF8.GetString(_text, (int)entry.Offset, entry.Length);
    }

    private static byte[] ReadText(string folder, string name)
    {
        string compressed = Path.Combine(folder, name + ".dict.dz"), plain = Path.Combine(folder, name + ".dict");
        if (File.Exists(plain))
            return File.ReadAllBytes(plain);
        ImportSources.RequireFile(compressed, $"{name}.dict.dz");
        using var gzip = new GZipStream(File.OpenRead(compressed), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
