using System.Text;

namespace ContrastiveTool.Core.Evaluation.Trec;

/// <summary>Numbers identifiers 0, 1, 2, … in order of first appearance; looks them up from UTF-8 bytes without allocating.</summary>
public sealed class IdTable
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _names = [];

    public IdTable() => _lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The identifiers, by number.</summary>
    public IReadOnlyList<string> Names => _names;

    public int Count => _names.Count;

    /// <summary>The number of <paramref name="utf8"/>, adding it when new.</summary>
    public int Intern(ReadOnlySpan<byte> utf8)
    {
        Span<char> buffer = utf8.Length <= 256 ? stackalloc char[256] : new char[utf8.Length];
        int length = Encoding.UTF8.GetChars(utf8, buffer);
        var chars = buffer[..length];
        if (_lookup.TryGetValue(chars, out int number))
            return number;
        string name = chars.ToString();
        _numbers.Add(name, _names.Count);
        _names.Add(name);
        return _names.Count - 1;
    }

    /// <summary>The number of <paramref name="name"/>, or −1.</summary>
    public int Find(string name) => _numbers.GetValueOrDefault(name, -1);
}
